namespace Parallax.Cli.Tests.Commands;

/// <summary><c>parallax worker</c> refusals that need no broker (the queue itself is tested in Parallax.Workers.Tests).</summary>
public class WorkerCommandTests
{
    [Fact]
    public async Task A_worker_needs_an_amqp_url_and_a_postgresql_store()
    {
        var noQueue = await CliRun.Of("worker", "--db", "Host=127.0.0.1;Database=x");
        Assert.Equal(2, noQueue.ExitCode);
        Assert.Contains("--queue must be an amqp:// or amqps:// URL", noQueue.Err, StringComparison.Ordinal);

        var sqlite = await CliRun.Of("worker", "--queue", "amqp://127.0.0.1:1/", "--db", "local.db");
        Assert.Equal(2, sqlite.ExitCode);
        Assert.Contains("--db must be a PostgreSQL connection string", sqlite.Err, StringComparison.Ordinal);

        var stage = await CliRun.Of("worker", "--queue", "amqp://127.0.0.1:1/", "--db", "Host=127.0.0.1;Database=x", "--stages", "analyse,summarise");
        Assert.Equal(2, stage.ExitCode);
        Assert.Contains("unknown stage 'summarise'", stage.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_stages_and_the_subcommands()
    {
        var help = await CliRun.Of("worker", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("fetch -> extract -> analyse -> assign -> refresh", help.Out, StringComparison.Ordinal);
        Assert.Contains("enqueue", help.Out, StringComparison.Ordinal);
        Assert.Contains("dead", help.Out, StringComparison.Ordinal);
    }
}
