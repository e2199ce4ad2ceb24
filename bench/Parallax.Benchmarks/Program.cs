using BenchmarkDotNet.Running;
using Parallax.Benchmarks.Stages;

if (args is ["claims-time", .. var rest])
{
    return await ClaimsStageTiming.RunAsync(rest).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Parallax.Benchmarks.Language.LanguageBenchmarks).Assembly).Run(args);
return 0;
