using System.Diagnostics;

namespace Ingest.EndToEnd.Support;

/// <summary>What one run of the real `ingest` executable did.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>Standard output as lines, line ends removed.</summary>
    public IReadOnlyList<string> OutLines => StdOut.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    /// <summary>Everything the process printed, for assertion messages.</summary>
    public string Transcript => $"exit code {ExitCode}{(TimedOut ? " (killed: over the time limit)" : string.Empty)} after {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>
/// Runs the real CLI as a child process: <c>dotnet &lt;test folder&gt;/ingest.dll &lt;args&gt;</c>, with
/// standard output and error redirected (so it is not on a terminal) and standard input closed.
/// </summary>
internal static class IngestCli
{
    /// <summary>A generous limit for runs that should take seconds: it only proves nothing hangs.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(5);

    public static string IngestDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "ingest.dll");

    /// <summary>Runs ingest to the end (or kills it after <paramref name="limit"/>).</summary>
    public static async Task<CliResult> RunAsync(string workingFolder, TimeSpan limit, params string[] args)
    {
        await using var running = Start(workingFolder, args);
        return await running.WaitAsync(limit);
    }

    public static Task<CliResult> RunAsync(string workingFolder, params string[] args) => RunAsync(workingFolder, DefaultLimit, args);

    /// <summary>Starts ingest and returns at once; the caller waits for it or kills it.</summary>
    public static RunningCli Start(string workingFolder, params string[] args)
    {
        if (!File.Exists(IngestDll))
        {
            throw new FileNotFoundException("ingest.dll is not in the test output folder; build tests/Ingest.EndToEnd first", IngestDll);
        }

        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add(IngestDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        return new RunningCli(process);
    }

    /// <summary>The dotnet host running the tests (dotnet test sets DOTNET_HOST_PATH), else "dotnet" on the PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}

/// <summary>A started ingest process whose output is being collected.</summary>
internal sealed class RunningCli : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public RunningCli(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id (a PostgreSQL worker names itself host:pid in the workers table).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Ends the process and its children at once (SIGKILL on Unix): no clean-up code runs.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    /// <summary>Asks the process to stop (SIGTERM), as systemd or a container runtime does; its clean-up code runs.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not run kill");
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to end; kills it if it is still running after <paramref name="limit"/>.</summary>
    public async Task<CliResult> WaitAsync(TimeSpan limit)
    {
        var timedOut = false;
        using (var cts = new CancellationTokenSource(limit))
        {
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                Kill();
                await _process.WaitForExitAsync();
            }
        }

        var stdout = await _stdout;
        var stderr = await _stderr;
        return new CliResult(_process.ExitCode, stdout, stderr, timedOut, _clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
