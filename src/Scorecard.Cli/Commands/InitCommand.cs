using System.CommandLine;
using Scorecard.Cli.Init;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli.Commands;

/// <summary>
/// <c>scorecard init [DIR]</c>: writes a ready-to-edit office folder. It never overwrites: when
/// any of its files already exists, nothing is written and the error names every such file.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string?>("DIR")
        {
            Description = "The folder to make the office's files in (created if need be; default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Make a new office's folder, ready to fill in (never overwrites).")
        {
            folder,
        };
        command.SetAction(parse => Run(context, parse.GetValue(folder) ?? "."));
        return command;
    }

    private static int Run(CommandContext context, string folderArgument)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.GetFullPath(Path.Combine(context.WorkingDirectory, folderArgument));
        var files = StarterKit.Files(context.Clock);
        if (File.Exists(folder))
        {
            diagnostics.Error(CliMessages.InitNotAFolder, SourceLocation.InFile(folder), CliMessages.InitNotAFolderText);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            if (File.Exists(path) || Directory.Exists(path))
            {
                diagnostics.Error(CliMessages.InitFileExists, SourceLocation.InFile(path), CliMessages.InitFileExistsText);
            }
        }

        if (context.Report(diagnostics, "nothing was written."))
        {
            return ExitCodes.InputProblems;
        }

        var written = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);

                // CreateNew: a file that appeared since the check above is still never overwritten.
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    written.Add(path);
                    stream.Write(file.Content);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var path in written)
            {
                TryDelete(path);
            }

            diagnostics.Error(CliMessages.InitWriteFailed, SourceLocation.InFile(folder), CliMessages.InitWriteFailedText(e.Message));
            context.Report(diagnostics, "nothing was written.");
            return ExitCodes.InputProblems;
        }

        var shown = InputLoader.Relative(folder, context.WorkingDirectory);
        foreach (var file in files)
        {
            context.Output.WriteLine($"wrote {Path.Combine(shown, file.Path)}");
        }

        var cd = shown == "." ? string.Empty : $"cd {(shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown)}, then ";
        context.Output.WriteLine($"Next: fill in {StarterKit.DataFile} and {StarterKit.ConfigFile} (see README.md); {cd}run 'scorecard validate' and 'scorecard render'.");
        return ExitCodes.Success;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: the error that stopped the write is the one to report
        }
    }
}
