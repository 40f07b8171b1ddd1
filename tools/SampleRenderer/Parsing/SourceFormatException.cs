namespace SampleRenderer.Parsing;

/// <summary>A mistake in a review.md, reported with its line number so the sample author can fix it.</summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException(int line, string message)
        : base($"line {line}: {message}")
    {
    }

    public SourceFormatException()
    {
    }

    public SourceFormatException(string message)
        : base(message)
    {
    }

    public SourceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
