namespace Ingest.Core.Configuration;

/// <summary>A problem in pipeline.json or the command line, located by its JSON path. Exit code 2.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string jsonPath, string message)
        : base($"{jsonPath}: {message}") => JsonPath = jsonPath;

    public ConfigurationException()
    {
        JsonPath = "$";
    }

    public ConfigurationException(string message)
        : base(message) => JsonPath = "$";

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException) => JsonPath = "$";

    public string JsonPath { get; }
}
