namespace Scorecard.Cli;

/// <summary>Messages of the command line itself, with stable codes (SC00xx).</summary>
internal static class CliMessages
{
    public const string Usage = "SC0001";
    public const string NoData = "SC0002";
    public const string MissingFolder = "SC0003";
    public const string PeriodOutOfRange = "SC0020";
    public const string BadSourceDateEpoch = "SC0021";

    public const string ReportableMonths = "July 1900 to March 9999";

    public static string QuarterOutOfRange(string quarter) =>
        $"{quarter} is outside the quarters Scorecard can report on: each quarter is compared with the one before it, so they run from 1900-01Q2 to 9998-99Q4 ({ReportableMonths}).";

    public static string MonthOutOfRange(string month) =>
        $"{month} is outside the months Scorecard can report on ({ReportableMonths}): each quarter is compared with the one before it.";

    public const string NoDataText =
        "there is no monthly data to read: give --data FILE, or set \"data\": { \"monthly\": \"…\" } in scorecard.config.json.";

    public static string MissingFolderText(string what, string path) => $"the {what} \"{path}\" does not exist.";
}
