using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax keys create|list|revoke</c>: the API keys of a server's store.</summary>
internal static class KeysCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax keys create --name newsroom          # the key is alone on the last line of standard output\n" +
        "  KEY=$(parallax keys create --db news.db | tail -n 1)\n" +
        "  parallax keys list\n" +
        "  parallax keys revoke 3f9a1c2e\n\n" +
        "Only a hash of each key is stored: a key that is lost cannot be shown again; revoke it and create another.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var create = new Command("create", "Create an API key for writing (and, without --public-read, reading).");
        var createDb = DatabaseOption.Create();
        var name = new Option<string>("--name") { Description = "What the key is for.", DefaultValueFactory = _ => "default", HelpName = "NAME" };
        create.Options.Add(createDb);
        create.Options.Add(name);
        create.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(createDb), stderr, async store =>
        {
            var (key, secret) = await store.CreateKeyAsync(parse.GetValue(name)!, cancellationToken);
            await stdout.WriteLineAsync($"Created key {key.Id} ({key.Name}) in {store.Location}. Keep it secret; it is not shown again:");
            await stdout.WriteLineAsync(secret);
            return ExitCodes.Success;
        }));

        var list = new Command("list", "List API keys (ids, names, when created and revoked; never the secrets).");
        var listDb = DatabaseOption.Create();
        list.Options.Add(listDb);
        list.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(listDb), stderr, async store =>
        {
            foreach (var key in await store.ListKeysAsync(cancellationToken))
            {
                var state = key.Revoked is { } revoked ? "revoked " + revoked.ToString("u") : "valid";
                await stdout.WriteLineAsync($"{key.Id}\t{key.Name}\tcreated {key.Created:u}\t{state}");
            }

            return ExitCodes.Success;
        }));

        var revoke = new Command("revoke", "Revoke an API key by its id (the 8 hex digits after plx_).");
        var revokeDb = DatabaseOption.Create();
        var id = new Argument<string>("ID") { Description = "The key id." };
        revoke.Options.Add(revokeDb);
        revoke.Arguments.Add(id);
        revoke.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(revokeDb), stderr, async store =>
        {
            var keyId = parse.GetValue(id)!;
            if (!await store.RevokeKeyAsync(keyId, cancellationToken))
            {
                await stderr.WriteLineAsync($"parallax: no valid key {keyId}");
                return ExitCodes.SomeInputsFailed;
            }

            await stdout.WriteLineAsync($"Revoked key {keyId}.");
            return ExitCodes.Success;
        }));

        return new Command("keys", "Create, list and revoke the API keys of a Parallax server's store.") { create, list, revoke };
    }

    private static async Task<int> WithStoreAsync(string? db, TextWriter stderr, Func<ParallaxStore, Task<int>> action)
    {
        var location = StoreLocation.Parse(db);
        ParallaxStore store;
        try
        {
            store = await ParallaxStore.OpenAsync(location);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            await stderr.WriteLineAsync($"parallax: cannot open the store ({location}): {e.Message}");
            return ExitCodes.UsageOrNothingRead;
        }

        await using (store)
        {
            return await action(store);
        }
    }
}
