namespace Ingest.Cli;

/// <summary>The exit codes of CONTRACT §1.</summary>
internal static class ExitCodes
{
    /// <summary>Everything processed.</summary>
    public const int Ok = 0;

    /// <summary>The run completed but some documents failed (each listed and stored).</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad usage or configuration: nothing was changed.</summary>
    public const int BadUsage = 2;
}
