using System.Globalization;

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
    public const string PreviewCannotListen = "SC0040";
    public const string CannotWatch = "SC0041";
    public const string WatchLeavesOutPdf = "SC0042";

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

    // render --watch [--serve]

    public const string ServeNeedsWatch =
        "--serve needs --watch: the page it serves is rendered again after each save. Use: scorecard render --watch --serve.";

    public const string PortNeedsServe = "--port needs --serve: it is the port the report is served on. Use: scorecard render --watch --serve --port N.";

    public static string PortNotANumber(string text) =>
        $"--port \"{text}\" is not a port number; give a whole number from 1 to 65535, or leave --port out to have a free one chosen.";

    public static string PortOutOfRange(long port) =>
        string.Create(CultureInfo.InvariantCulture, $"--port {port} is out of range; give a port from 1 to 65535, or leave --port out to have a free one chosen.");

    public static string PortInUse(int port) =>
        string.Create(CultureInfo.InvariantCulture, $"port {port} on 127.0.0.1 is in use by another program; give another --port, or leave --port out to have a free one chosen.");

    public static string PortRefused(int port, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"cannot serve on 127.0.0.1 port {port}: {reason}. Give another --port (ports below 1024 need administrator rights), or leave --port out to have a free one chosen.");

    public static string CannotWatchText(string folder, string reason) =>
        $"cannot watch \"{folder}\" for changes: {reason}. On Linux the limit on watched files may be reached: raise it (sudo sysctl fs.inotify.max_user_instances=1024 fs.inotify.max_user_watches=524288), or close other programs that watch files, then run again.";

    public const string WatchLeavesOutPdfText =
        "the configuration asks for report.pdf, which takes seconds to print, so --watch leaves it out; add --pdf (or --format …,pdf) to print it after every save, or run render without --watch.";

    public const string WatchNothingWritten = "nothing was written; the last good report stays.";
}
