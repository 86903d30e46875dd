namespace Scorecard.Cli;

/// <summary>Messages of the command line itself, with stable codes (SC00xx).</summary>
internal static class CliMessages
{
    public const string Usage = "SC0001";
    public const string NoData = "SC0002";
    public const string MissingFolder = "SC0003";

    public const string NoDataText =
        "there is no monthly data to read: give --data FILE, or set \"data\": { \"monthly\": \"…\" } in scorecard.config.json.";

    public static string MissingFolderText(string what, string path) => $"the {what} \"{path}\" does not exist.";
}
