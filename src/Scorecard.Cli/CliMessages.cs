namespace Scorecard.Cli;

/// <summary>Messages of the command line itself, with stable codes (SC00xx).</summary>
internal static class CliMessages
{
    public const string Usage = "SC0001";
    public const string NoData = "SC0002";
    public const string MissingFolder = "SC0003";
    public const string InitFileExists = "SC0010";
    public const string InitWriteFailed = "SC0011";
    public const string InitNotAFolder = "SC0012";
    public const string NoValuesYet = "SC0013";
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

    public const string InitFileExistsText =
        "this file already exists, and init never overwrites a file. Run init in an empty folder (scorecard init NEW-FOLDER), or move the file away.";

    public const string InitNotAFolderText = "this is a file, not a folder; give init a folder to make the office's files in.";

    public static string NoValuesYetText(string quarter) =>
        $"the data hold no figures yet, so the report is for the latest complete quarter, {quarter}, and every measure shows no data. Fill in the monthly figures, or give --quarter.";

    public static string InitWriteFailedText(string reason) => $"the office's files could not be written ({reason}); the files written so far were removed.";
}
