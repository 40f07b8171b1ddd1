using Ingest.Cli.Hosting;
using Ingest.Core.Review;
using Ingest.Web.Security;

namespace Ingest.Cli.Commands;

/// <summary>`ingest users add &lt;name&gt; --role analyst|lead|admin`: a login for the web UI, the password read from standard input.</summary>
internal static class UsersCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var roleText = args.Option("--role");
        args.RejectUnknown();
        if (args.Positional is not ["add", var name])
        {
            error.WriteLine("usage: ingest users add <name> --role analyst|lead|admin   (the password is read from standard input)");
            return ExitCodes.BadUsage;
        }

        if (!UserRoleNames.TryParse(roleText, out var role))
        {
            error.WriteLine($"ingest: --role must be analyst, lead or admin (got '{roleText}')");
            return ExitCodes.BadUsage;
        }

        // One line: typed at a prompt (not echoed when the terminal hides it) or piped in by a script.
        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
        var storage = IngestEnvironment.LoadConfig(config, db).Storage;
        var problem = await UserAdmin.AddAsync(storage, name, role, password, TimeProvider.System, cancellationToken);
        if (problem is not null)
        {
            error.WriteLine($"ingest: {problem}; nothing was changed");
            return ExitCodes.BadUsage;
        }

        output.WriteLine($"added {role.ToWire()} '{name}'");
        return ExitCodes.Ok;
    }
}
