using Parallax.Eval.Language;

// One subcommand per harness: add a line to the switch to add one.
var rest = args.Length > 1 ? args[1..] : [];
return (args.Length > 0 ? args[0] : "") switch
{
    "sentences" or "tokens" => SentenceAndTokenEval.Run(rest),
    "speed" => SpeedEval.Run(rest),
    "core-speed" => CoreSpeedEval.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Parallax.Eval.Language <command> [--data DIR]");
    Console.Error.WriteLine("  sentences   sentence-boundary and token P/R/F1 against GUM (news + interviews)");
    Console.Error.WriteLine("  speed       tokens + sentences MB/s on 1, 10 and 50 MB of news-like text [--sizes 1,10,50]");
    Console.Error.WriteLine("  core-speed  tokens + sentences + entities + dates + amounts MB/s at 1, 10 and 50 MB, and against npm compromise");
    Console.Error.WriteLine("              [--sizes 1,10,50] [--rounds 3] [--no-peers] [--peer-kb 200] [--passes 3] [--node PATH] [--json]");
    return 2;
}
