using NodaTime;
using Scorecard.Cli;

return ScorecardApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);
