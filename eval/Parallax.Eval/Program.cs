using Parallax.Eval.Extraction;
using Parallax.Eval.Speed;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: Parallax.Eval <command> [options]");
    Console.WriteLine("  extraction [--data DIR] [--dump DIR] [--verbose]   main-text extraction benchmarks");
    Console.WriteLine("  speed [...]                                        extraction speed against other extractors");
    return args.Length == 0 ? 1 : 0;
}

var rest = args[1..];
return args[0] switch
{
    "extraction" => ExtractionCommand.Run(rest),
    "speed" => ExtractionSpeedCommand.Run(rest),
    _ => Unknown(args[0]),
};

static int Unknown(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'; try --help");
    return 1;
}
