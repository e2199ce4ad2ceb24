using Parallax.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await ParallaxCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
