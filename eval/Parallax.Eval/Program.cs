using Parallax.Eval.Speed;

// Minimal dispatcher; the full eval console (accuracy and speed) replaces this file at merge.
if (args.Length > 0 && args[0] == "speed")
{
    return ExtractionSpeedCommand.Run(args[1..]);
}

Console.Error.WriteLine("usage: Parallax.Eval speed [options]   (see: Parallax.Eval speed --help)");
return 2;
