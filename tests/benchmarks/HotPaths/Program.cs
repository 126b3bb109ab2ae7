using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Usage: dotnet run -c Release --project tests/benchmarks/HotPaths -- --filter '*'   (or '*Markdown*', ...)
// Runs in this process (no generated project to build) and reports time and allocations per operation.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeBase.Benchmarks.RealContent).Assembly).Run(args, config);
