using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Parallax.Benchmarks.Language.LanguageBenchmarks).Assembly).Run(args);
