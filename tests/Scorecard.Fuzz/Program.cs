using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Scorecard.Cli;
using Scorecard.Fuzz;

// scorecard-fuzz [--cases N] [--seed S] [--from I] [--timeout SECONDS] [--memory-mb MB]
//                [--only I --keep DIR]       one case, its files kept in DIR (a reproducer)
//                [--worker]                  (internal) run cases in this process, report each on stdout
var options = Options.Parse(args);
return options.Worker ? Worker.Run(options) : options.Only is { } only ? Worker.Reproduce(options, only) : Supervisor.Run(options);

namespace Scorecard.Fuzz
{
    internal sealed record Options(int Cases, int Seed, int From, TimeSpan Timeout, long MemoryBytes, bool Worker, int? Only, string? Keep)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Options(
                Number("--cases", 200),
                Number("--seed", 20191219),
                Number("--from", 0),
                TimeSpan.FromSeconds(Number("--timeout", 30)),
                Number("--memory-mb", 1024) * 1024L * 1024L,
                args.Contains("--worker"),
                Value("--only") is { } only ? int.Parse(only, CultureInfo.InvariantCulture) : null,
                Value("--keep"));
        }
    }

    /// <summary>Runs cases one after another in this process and reports each on stdout, for the supervisor.</summary>
    internal static class Worker
    {
        public static string Repository { get; } = FindRepository();

        public static int Run(Options options)
        {
            for (var index = options.From; index < options.Cases; index++)
            {
                Console.Out.WriteLine($"start {index}");
                Console.Out.Flush();
                var (code, kind, notes, exception) = RunCase(options.Seed, index, keep: null);
                Console.Out.WriteLine(exception is null
                    ? $"done {index} {code} {kind} {notes}"
                    : $"exception {index} {kind} {notes} :: {exception}");
                Console.Out.Flush();
            }

            return 0;
        }

        public static int Reproduce(Options options, int index)
        {
            var (code, kind, notes, exception) = RunCase(options.Seed, index, options.Keep, Console.Error);
            Console.WriteLine($"case {index} ({kind}: {notes}): exit {code}{(exception is null ? string.Empty : "\n" + exception)}");
            return 0;
        }

        private static (int Code, string Kind, string Notes, string? Exception) RunCase(int seed, int index, string? keep, TextWriter? shown = null)
        {
            var fuzz = new FuzzCase(seed, index);
            var folder = keep ?? Directory.CreateTempSubdirectory("scorecard-fuzz-").FullName;
            Directory.CreateDirectory(folder);
            try
            {
                var args = fuzz.Build(folder, Repository);
                using var output = new StringWriter();
                using var error = new StringWriter();
                var clock = NodaTime.Testing.FakeClock.FromUtc(2019, 12, 2);
                try
                {
                    var code = ScorecardApp.Run(args, output, error, clock, folder);
                    shown?.Write(error.ToString());
                    var notes = string.Join("; ", fuzz.Notes) + " | " + string.Join(' ', args);
                    return code is 0 or 1 or 2
                        ? (code, fuzz.Kind, notes, null)
                        : (code, fuzz.Kind, notes, $"exit code {code}");
                }
                catch (Exception e)
                {
                    var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Scorecard.", StringComparison.Ordinal))?.Trim() ?? e.StackTrace?.Split('\n')[0].Trim();
                    return (-1, fuzz.Kind, string.Join("; ", fuzz.Notes) + " | " + string.Join(' ', args), $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} {frame}");
                }
            }
            finally
            {
                if (keep is null)
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
            }
        }

        private static string FindRepository()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Scorecard.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Run the fuzzer from inside the repository (no Scorecard.sln above it).");
        }
    }

    /// <summary>
    /// Runs the cases in a worker process it watches: a case that kills the worker is a crash, one
    /// that runs past the timeout a hang, one that takes the worker past the memory limit a blow-up;
    /// each is recorded, and a new worker goes on from the next case.
    /// </summary>
    internal static class Supervisor
    {
        public static int Run(Options options)
        {
            var findings = new List<string>();
            var exits = new SortedDictionary<int, int>();
            var clock = Stopwatch.StartNew();
            var next = options.From;
            while (next < options.Cases)
            {
                next = RunWorker(options, next, findings, exits);
            }

            var ran = options.Cases - options.From;
            Console.WriteLine($"fuzz: {ran:#,##0} cases from seed {options.Seed} in {clock.Elapsed.TotalMinutes:0.0} min: {findings.Count} findings (crash, hang over {options.Timeout.TotalSeconds:0} s, memory over {options.MemoryBytes / 1024 / 1024} MB); exit codes {string.Join(", ", exits.Select(e => $"{e.Key}: {e.Value:#,##0}"))}");
            foreach (var finding in findings)
            {
                Console.WriteLine("  " + finding);
            }

            if (findings.Count > 0)
            {
                Console.WriteLine($"Reproduce one: dotnet run --project tests/Scorecard.Fuzz -- --seed {options.Seed} --only INDEX --keep /tmp/fuzz-case");
            }

            return findings.Count == 0 ? 0 : 1;
        }

        private static int RunWorker(Options options, int from, List<string> findings, SortedDictionary<int, int> exits)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (!Environment.ProcessPath!.EndsWith("Scorecard.Fuzz", StringComparison.Ordinal) && !Environment.ProcessPath.EndsWith("Scorecard.Fuzz.exe", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(Supervisor).Assembly.Location); // run through dotnet
            }

            foreach (var argument in new[] { "--worker", "--seed", options.Seed.ToString(CultureInfo.InvariantCulture), "--from", from.ToString(CultureInfo.InvariantCulture), "--cases", options.Cases.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            using var worker = Process.Start(start)!;
            var errorTail = new System.Collections.Concurrent.ConcurrentQueue<string>();
            worker.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    errorTail.Enqueue(line);
                    while (errorTail.Count > 20)
                    {
                        errorTail.TryDequeue(out string? _);
                    }
                }
            };
            worker.BeginErrorReadLine();

            int? current = null;
            var caseClock = Stopwatch.StartNew();
            var lines = new System.Collections.Concurrent.BlockingCollection<string?>();
            var reader = Task.Run(() =>
            {
                while (worker.StandardOutput.ReadLine() is { } line)
                {
                    lines.Add(line);
                }

                lines.Add(null);
            });

            while (true)
            {
                if (lines.TryTake(out var line, TimeSpan.FromMilliseconds(250)))
                {
                    if (line is null)
                    {
                        worker.WaitForExit();
                        if (current is { } crashed)
                        {
                            findings.Add($"crash   case {crashed}: the worker died (exit {worker.ExitCode}): {string.Join(" / ", errorTail.Take(3))}");
                            return crashed + 1;
                        }

                        return options.Cases;
                    }

                    var parts = line.Split(' ', 4);
                    var index = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    switch (parts[0])
                    {
                        case "start":
                            current = index;
                            caseClock.Restart();
                            break;
                        case "done":
                            current = null;
                            var code = int.Parse(parts[2], CultureInfo.InvariantCulture);
                            exits[code] = exits.GetValueOrDefault(code) + 1;
                            if (index % 500 == 499)
                            {
                                Console.Error.WriteLine($"fuzz: {index + 1:#,##0} cases, {findings.Count} findings");
                            }

                            break;
                        default:
                            current = null;
                            findings.Add($"crash   case {index}: {parts[2]} {parts[3]}");
                            break;
                    }

                    continue;
                }

                if (current is not { } running)
                {
                    continue;
                }

                worker.Refresh();
                var why = caseClock.Elapsed > options.Timeout ? $"hang    case {running}: still running after {options.Timeout.TotalSeconds:0} s"
                    : worker.WorkingSet64 > options.MemoryBytes ? $"memory  case {running}: the worker used {worker.WorkingSet64 / 1024 / 1024:#,##0} MB"
                    : null;
                if (why is not null)
                {
                    worker.Kill(entireProcessTree: true);
                    worker.WaitForExit();
                    findings.Add(why);
                    return running + 1;
                }
            }
        }
    }
}
