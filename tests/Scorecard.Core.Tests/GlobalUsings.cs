global using NodaTime;
global using Scorecard.Core.Evaluation;
global using Scorecard.Core.Measures;
global using Scorecard.Core.Rules;
global using Scorecard.Core.Series;
