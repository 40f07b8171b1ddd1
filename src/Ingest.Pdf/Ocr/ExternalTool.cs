using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Ingest.Pdf.Ocr;

/// <summary>How one run of an external program ended.</summary>
internal enum ToolEnd
{
    Exited,

    /// <summary>The program could not be started: not installed, not on PATH, or not executable.</summary>
    NotFound,

    /// <summary>It ran past its time limit and was killed.</summary>
    TimedOut,
}

internal sealed record ToolRun(ToolEnd End, int ExitCode, string StdOut, string StdErr)
{
    public bool Succeeded => End == ToolEnd.Exited && ExitCode == 0;

    /// <summary>The first line of standard error worth showing in a reason.</summary>
    public string FirstError => StdErr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("Detected ", StringComparison.Ordinal)) ?? $"exit code {ExitCode}";
}

/// <summary>
/// Runs a program without a shell (arguments passed one by one), reads its output, and kills it (with
/// its children) when the time limit passes or the stage is cancelled.
/// </summary>
internal static class ExternalTool
{
    public static ToolRun Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = new Process { StartInfo = info };
        try
        {
            if (!process.Start())
            {
                return new ToolRun(ToolEnd.NotFound, -1, string.Empty, $"{executable} did not start");
            }
        }
        catch (Win32Exception e)
        {
            return new ToolRun(ToolEnd.NotFound, -1, string.Empty, e.Message);
        }

        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
            return new ToolRun(ToolEnd.Exited, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new ToolRun(ToolEnd.TimedOut, -1, string.Empty, $"killed after {timeout.TotalSeconds:0} s");
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It ended by itself in the meantime.
        }
    }
}
