using BenchmarkDotNet.Running;
using Parallax.Benchmarks.Stages;

if (args is ["stage-time", .. var rest])
{
    return await StageTiming.RunAsync(rest).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Parallax.Benchmarks.Language.LanguageBenchmarks).Assembly).Run(args);
return 0;
