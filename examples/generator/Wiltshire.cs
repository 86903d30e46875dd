using static Scorecard.ExampleGenerator.Seasonality;

namespace Scorecard.ExampleGenerator;

/// <summary>
/// The illustrative monthly series for Wiltshire, April 2014 to September 2019. Each one is a
/// level (the long-term story the report tells), a seasonal cycle, noise, and then an exact
/// calibration: the months of each period the report prints a figure for are scaled so the
/// figure comes out exactly (<see cref="Shape.Allocate"/>). The blocks below are disjoint; the
/// report's overlapping figures (quarters inside rolling years) are turned into them by
/// subtraction, e.g. Oct 2018–Mar 2019 = (12 months to Sep 2019) − Q1 − Q2.
/// </summary>
internal static class Wiltshire
{
    private static readonly int Jun19 = Months.Of(2019, 6);
    private static readonly int Aug19 = Months.Of(2019, 8);
    private static readonly int Sep19 = Months.Of(2019, 9);

    public static IReadOnlyList<GeneratedSeries> Generate()
    {
        var crime = CrimeVolume();
        var crib = CribCalls();
        var satisfactionRespondents = Respondents();
        var complaints = Complaints();
        return
        [
            GeneratedSeries.Count("crime-volume", crime, Sep19),
            CrimeRecordingCompliance(),
            GeneratedSeries.Count("cybercrime", Cybercrime(), Sep19),
            GeneratedSeries.Count("hate-crime", HateCrime(), Sep19),
            PositiveOutcomeRatio(crime),
            GeneratedSeries.Count("asb-incidents", Asb(), Sep19),
            PublicConfidence(),
            GeneratedSeries.Count("ksi-collisions", Ksi(), Jun19),
            GeneratedSeries.Count("special-constable-hours", SpecialsHours(), Sep19),
            GeneratedSeries.Count("s136-arrests", S136(), Sep19),
            GeneratedSeries.Count("cse-crimes", Cse(), Sep19),
            GeneratedSeries.Count("domestic-abuse-crimes", DomesticAbuse(), Sep19),
            GeneratedSeries.Count("sexual-offences", SexualOffences(), Sep19),
            Satisfaction("satisfaction-whole-experience", satisfactionRespondents, 9, (77.2, 73.8, 76.9),
                Shape.Level((2014, 4, 83), (2015, 4, 81.5), (2016, 4, 79.5), (2017, 3, 77.5), (2017, 9, 76), (2018, 3, 74), (2018, 9, 73.5), (2019, 3, 76), (2019, 9, 77.5))),
            Satisfaction("satisfaction-kept-informed", satisfactionRespondents, 8, (70.6, 65.2, 64.8),
                Shape.Level((2014, 4, 77), (2016, 4, 74), (2017, 8, 70), (2018, 8, 65.5), (2019, 8, 64.5))),
            Satisfaction("satisfaction-treatment", satisfactionRespondents, 8, (90.9, 87.3, 90.4),
                Shape.Level((2014, 4, 93.5), (2016, 4, 92), (2017, 8, 90.5), (2018, 8, 87.5), (2019, 8, 90.5))),
            ConvictionRate(),
            CrackedTrials(),
            ResponseImmediate(),
            ResponsePriority(),
            Answer999(),
            AnswerCrib(crib),
            CribAbandonment(crib),
            FileQuality(),
            GeneratedSeries.Count("complaints", complaints, Sep19),
            ComplaintsInTenDays(complaints),
            ComplaintAppeals(),
            DaysLost(),
        ];
    }

    // ---- Helpers --------------------------------------------------------------------------

    /// <summary>
    /// The report's usual five figures for a count (Q1, Q2, 12 months to June 2019 when printed,
    /// 12 months to September 2019 and to September 2018) as disjoint blocks.
    /// </summary>
    private static List<Block> Standard(int q1, int q2, int? to2019June, int to2019September, int to2018September)
    {
        var rest = to2019September - q1 - q2;                              // Oct 2018 – Mar 2019
        var blocks = new List<Block>
        {
            Block.Of(2018, 10, 2019, 3, rest),
            Block.Of(2019, 4, 2019, 6, q1),
            Block.Of(2019, 7, 2019, 9, q2),
        };
        if (to2019June is { } june)
        {
            var julyToSeptember2018 = june - rest - q1;
            blocks.Add(Block.Of(2018, 7, 2018, 9, julyToSeptember2018));
            blocks.Add(Block.Of(2017, 10, 2018, 6, to2018September - julyToSeptember2018));
        }
        else
        {
            blocks.Add(Block.Of(2017, 10, 2018, 9, to2018September));
        }

        return blocks;
    }

    /// <summary>Count noise: Poisson-sized plus <paramref name="extra"/> relative overdispersion.</summary>
    private static double[] CountNoise(double[] values, Prng random, double extra) =>
        values.Select(v => v * Math.Max(0.05, 1.0 + (Math.Sqrt((extra * extra) + (1.0 / Math.Max(v, 1.0))) * random.NextGaussian()))).ToArray();

    private static int[] Count(string stream, double[] shape, double extra, IReadOnlyList<Block> blocks, int[]? floors = null)
    {
        var random = Prng.For(stream);
        var noisy = CountNoise(shape, random, extra);
        return Shape.Allocate(noisy.SmoothTowards(blocks), blocks, floors: floors);
    }

    /// <summary>The whole numerator that makes <paramref name="percent"/> of <paramref name="denominator"/>, checked to print as it.</summary>
    private static int NumeratorFor(double percent, int denominator, int decimals)
    {
        var best = (int)Math.Round(percent / 100.0 * denominator, MidpointRounding.AwayFromZero);
        foreach (var candidate in new[] { best, best - 1, best + 1, best - 2, best + 2 })
        {
            if (Math.Round(100.0 * candidate / denominator, decimals, MidpointRounding.AwayFromZero) == percent)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No whole numerator of {denominator} prints as {percent} per cent.");
    }

    /// <summary>Numerators for a rate (per cent) of the denominators: binomial-sized noise, block totals exact, never above the denominator.</summary>
    private static int[] Numerators(string stream, double[] ratePercent, int[] denominators, IReadOnlyList<Block> blocks, double extra = 0.0)
    {
        var random = Prng.For(stream);
        var shape = new double[Months.Count];
        for (var i = 0; i < Months.Count; i++)
        {
            var p = Math.Clamp(ratePercent[i] / 100.0, 0.0, 1.0);
            var n = denominators[i];
            var sd = Math.Sqrt((n * p * (1 - p)) + Math.Pow(extra * n * p, 2));
            shape[i] = Math.Clamp((n * p) + (sd * random.NextGaussian()), 0, n);
        }

        return Shape.Allocate(shape.SmoothTowards(blocks), blocks, caps: denominators);
    }

    // ---- Priority 1 -----------------------------------------------------------------------

    private static int[] CrimeVolume()
    {
        // Rising with recording compliance to 2017-18, then flat: Wiltshire "18 months ahead of
        // the national trend", one of five forces with fewer crimes in the year to June 2019.
        var level = Shape.Level((2014, 4, 2750), (2015, 10, 3000), (2016, 10, 3350), (2017, 7, 3700), (2018, 3, 3560), (2018, 8, 3600), (2019, 1, 3560), (2019, 9, 3850));
        var blocks = Standard(10_952, 11_856, 43_523, 44_340, 43_082);
        // July–September 2017 fixed so the 12 months to June 2018 (43,623) exceed the 12 months to June 2019.
        blocks.Add(Block.Of(2017, 7, 2017, 9, 11_580));
        return Count("crime-volume", level.Seasonal(Profile.AllCrime, 1.5), 0.02, blocks);
    }

    private static GeneratedSeries CrimeRecordingCompliance()
    {
        var random = Prng.For("crime-recording-compliance");
        var values = Shape.Level((2014, 4, 71.5), (2015, 4, 75), (2016, 4, 79.5), (2017, 4, 82.5), (2018, 4, 83.5), (2018, 12, 85.5), (2019, 5, 87.2))
            .Jitter(random, 1.4).Clamp(60, 99).Round(1);
        // June 2019 is Q1's figure; July–September 2019 are the three audits of the new methodology.
        values[Jun19] = 88.1;
        values[Months.Of(2019, 7)] = 89.2;
        values[Months.Of(2019, 8)] = 90.4;
        values[Sep19] = 91.3;
        return GeneratedSeries.Level("crime-recording-compliance", values, null, Sep19);
    }

    private static int[] Cybercrime()
    {
        var level = Shape.Level((2014, 4, 55), (2015, 4, 78), (2016, 4, 105), (2017, 4, 145), (2017, 10, 170), (2018, 6, 205), (2018, 12, 265), (2019, 5, 228), (2019, 9, 245));
        // 3,015 is 26.4 per cent up on 2,385 in the 12 months to September 2018.
        return Count("cybercrime", level.Seasonal(Profile.AllCrime, 0.5), 0.06, Standard(668, 726, 2_999, 3_015, 2_385));
    }

    private static int[] HateCrime()
    {
        var level = Shape.Level((2014, 4, 27), (2015, 4, 32), (2016, 4, 38), (2017, 4, 47), (2018, 1, 52), (2018, 8, 59), (2019, 1, 47), (2019, 5, 54), (2019, 9, 58))
            .Seasonal(Profile.Violence, 1.0)
            .Times(2016, 7, 1.4).Times(2016, 8, 1.15)   // after the EU referendum
            .Times(2017, 6, 1.2);                        // after the 2017 terrorist attacks
        // 658 is printed as "the year to June 2018"; we take it as the 12 months to September 2018 (see README).
        return Count("hate-crime", level, 0.08, Standard(163, 178, 624, 619, 658));
    }

    private static GeneratedSeries PositiveOutcomeRatio(int[] crime)
    {
        var rate = Shape.Level((2014, 4, 24), (2015, 4, 21.5), (2016, 4, 18.5), (2017, 4, 16.3), (2017, 10, 15.9), (2018, 9, 16.2), (2019, 9, 16.6));
        // 7,296 positive outcomes (5,611 court, 1,685 out of court) over the 44,340 crimes; a
        // year-on-year rise in volume from 6,950.
        var blocks = new[] { Block.Of(2017, 10, 2018, 9, 6_950), Block.Of(2018, 10, 2019, 9, 7_296) };
        var outcomes = Numerators("positive-outcome-ratio", rate, crime, blocks, extra: 0.03);
        return GeneratedSeries.Ratio("positive-outcome-ratio", outcomes, crime, Sep19);
    }

    private static int[] Asb()
    {
        var level = Shape.Level((2014, 4, 2500), (2015, 4, 2280), (2016, 4, 1980), (2017, 4, 1600), (2018, 4, 1380), (2019, 4, 1390), (2019, 9, 1400))
            .Seasonal(Profile.Violence, 2.2)
            .Times(2018, 1, 0.86).Times(2018, 2, 0.86).Times(2018, 3, 0.86);   // the low quarter four of 2017-18
        return Count("asb-incidents", level, 0.03, Standard(4_424, 4_764, 16_848, 16_792, 16_369));
    }

    private static GeneratedSeries PublicConfidence()
    {
        var random = Prng.For("public-confidence");
        var values = Shape.Level((2014, 4, 77.0), (2015, 6, 78.5), (2016, 6, 79.5), (2017, 6, 81.5), (2018, 6, 84.3), (2019, 6, 77.7))
            .Jitter(random, 0.5).Round(1);
        values[Months.Of(2018, 6)] = 84.3;   // 6.6 points above June 2019
        values[Jun19] = 77.7;
        var margins = Enumerable.Range(0, Months.Count).Select(_ => 3.2 + (0.6 * random.NextDouble())).ToArray().Round(1);
        margins[Jun19] = 3.5;
        return GeneratedSeries.Level("public-confidence", values, margins, Jun19);
    }

    private static int[] Ksi()
    {
        var level = Shape.Level((2014, 4, 16.5), (2016, 4, 18.5), (2018, 6, 21.5), (2019, 6, 23.5));
        return Count("ksi-collisions", level.Seasonal(Profile.AllCrime, 1.0), 0.05, [Block.Of(2018, 7, 2019, 6, 273)]);
    }

    private static int[] SpecialsHours()
    {
        var level = Shape.Level((2014, 4, 7000), (2016, 4, 6400), (2018, 4, 5800), (2019, 6, 5450), (2019, 9, 5100));
        return Count("special-constable-hours", level, 0.06, [Block.Of(2019, 4, 2019, 6, 16_469), Block.Of(2019, 7, 2019, 9, 15_205)]);
    }

    // ---- Priority 2 -----------------------------------------------------------------------

    private static int[] S136()
    {
        // The wider S136 powers from December 2017 step the level up.
        var level = Shape.Level((2014, 4, 13), (2017, 11, 16), (2017, 12, 19.5), (2018, 9, 20.5), (2019, 9, 24));
        return Count("s136-arrests", level, 0.05, Standard(70, 74, null, 285, 240));
    }

    private static int[] Cse()
    {
        var level = Shape.Level((2014, 4, 9), (2015, 4, 12.5), (2019, 9, 12.2));
        return Count("cse-crimes", level, 0.05, Standard(33, 35, null, 146, 151));
    }

    private static int[] DomesticAbuse()
    {
        var level = Shape.Level((2014, 4, 330), (2015, 4, 370), (2016, 4, 410), (2017, 4, 455), (2018, 4, 495), (2018, 9, 540), (2019, 9, 575));
        return Count("domestic-abuse-crimes", level.Seasonal(Profile.Violence, 1.0), 0.03, Standard(1_594, 1_735, 6_516, 6_610, 5_989));
    }

    private static int[] SexualOffences()
    {
        var level = Shape.Level((2014, 4, 95), (2015, 4, 110), (2016, 4, 125), (2017, 4, 138), (2018, 1, 145), (2018, 9, 140), (2019, 9, 133));
        return Count("sexual-offences", level.Seasonal(Profile.AllCrime, 1.0), 0.06, Standard(380, 425, 1_601, 1_599, 1_703));
    }

    // ---- Priority 3 -----------------------------------------------------------------------

    private static int[] Respondents()
    {
        var random = Prng.For("satisfaction-respondents");
        return Enumerable.Range(0, Months.Count).Select(_ => random.NextPoisson(128)).ToArray();
    }

    /// <summary>A survey rate whose 12-month figures to <paramref name="endMonth"/> 2017, 2018 and 2019 are the report's.</summary>
    private static GeneratedSeries Satisfaction(string id, int[] respondents, int endMonth, (double Y2017, double Y2018, double Y2019) printed, double[] rate)
    {
        var blocks = new List<Block>();
        foreach (var (year, percent) in new[] { (2017, printed.Y2017), (2018, printed.Y2018), (2019, printed.Y2019) })
        {
            var end = Months.Of(year, endMonth);
            var window = new Block(end - 11, end, 0);
            blocks.Add(window with { Total = NumeratorFor(percent, Shape.Sum(respondents, window), 1) });
        }

        var satisfied = Numerators(id, rate, respondents, blocks);
        return GeneratedSeries.Ratio(id, satisfied, respondents, Months.Of(2019, endMonth));
    }

    private static GeneratedSeries ConvictionRate()
    {
        var year = Block.Of(2018, 9, 2019, 8, 4_993);
        var defendants = Count("conviction-rate.defendants", Shape.Level((2014, 4, 445), (2017, 4, 425), (2019, 8, 415)), 0.05, [year]);
        var rate = Shape.Level((2014, 4, 86.5), (2016, 4, 87.5), (2018, 4, 88.5), (2019, 8, 89));
        var convicted = Numerators("conviction-rate", rate, defendants, [year with { Total = 4_437 }]);
        return GeneratedSeries.Ratio("conviction-rate", convicted, defendants, Aug19);
    }

    private static GeneratedSeries CrackedTrials()
    {
        var q4 = Block.Of(2019, 1, 2019, 3, 250);
        var q1 = Block.Of(2019, 4, 2019, 6, 262);
        var q2 = Block.Of(2019, 7, 2019, 9, 255);
        var listed = Count("cracked-ineffective-trials.listed", Shape.Level((2014, 4, 96), (2017, 4, 90), (2019, 9, 85)), 0.05, [q4, q1, q2]);
        var rate = Shape.Level((2014, 4, 12.5), (2016, 4, 13.5), (2017, 4, 13), (2018, 3, 13.5), (2018, 9, 17), (2019, 2, 24.5), (2019, 5, 21), (2019, 9, 16.5));
        // Q1: 55 of 262 = 21.0 per cent; Q2: 43 of 255 = 16.9 per cent; Q4 2018-19 higher still.
        var prosecution = Numerators("cracked-ineffective-trials", rate, listed, [q4 with { Total = 62 }, q1 with { Total = 55 }, q2 with { Total = 43 }]);
        return GeneratedSeries.Ratio("cracked-ineffective-trials", prosecution, listed, Sep19);
    }

    // ---- Priority 4 -----------------------------------------------------------------------

    /// <summary>The Oct 2018 – Mar 2019 mean that makes the 12 months to September 2019 come out at <paramref name="yearMean"/>.</summary>
    private static Block RestOfYear(int[] volumes, double yearMean, double q1Mean, double q2Mean)
    {
        var rest = Block.Of(2018, 10, 2019, 3, 0);
        var q1 = Block.Of(2019, 4, 2019, 6, 0);
        var q2 = Block.Of(2019, 7, 2019, 9, 0);
        var year = Block.Of(2018, 10, 2019, 9, 0);
        var target = ((yearMean * Shape.Sum(volumes, year)) - (q1Mean * Shape.Sum(volumes, q1)) - (q2Mean * Shape.Sum(volumes, q2))) / Shape.Sum(volumes, rest);
        return rest with { Total = target };
    }

    private static GeneratedSeries ResponseImmediate()
    {
        var volumes = Count("response-immediate.volume",
            Shape.Level((2014, 4, 1250), (2017, 4, 1380), (2018, 10, 1420), (2019, 6, 1470), (2019, 9, 1600)).Seasonal(Profile.AllCrime, 1.5), 0.03,
            [Block.Of(2018, 10, 2019, 6, 12_889), Block.Of(2019, 7, 2019, 9, 5_029)]);   // 17,918 in the 12 months, 5,029 in Q2
        var random = Prng.For("response-immediate");
        var means = Shape.Level((2014, 4, 590), (2016, 4, 600), (2017, 4, 615), (2018, 4, 610), (2019, 4, 620), (2019, 8, 655))
            .Times(2019, 9, 1.45)   // the IST outage, 14–17 September 2019
            .Jitter(random, 12).Round(1);
        means = Shape.CalibrateMeans(means, volumes, [Block.Of(2019, 4, 2019, 6, 626), Block.Of(2019, 7, 2019, 9, 767)], 1);
        return GeneratedSeries.Mean("response-immediate", means, volumes, Sep19);
    }

    private static GeneratedSeries ResponsePriority()
    {
        var volumes = Count("response-priority.volume",
            Shape.Level((2014, 4, 2500), (2017, 4, 2800), (2018, 10, 2950), (2019, 6, 3000), (2019, 9, 3100)).Seasonal(Profile.AllCrime, 1.5), 0.03,
            [Block.Of(2018, 10, 2019, 6, 26_950), Block.Of(2019, 7, 2019, 9, 9_379)]);   // 36,329 in the 12 months
        var random = Prng.For("response-priority");
        var means = Shape.Level((2014, 4, 2650), (2016, 4, 2750), (2017, 4, 2800), (2018, 4, 2850), (2018, 10, 2850), (2019, 3, 2950), (2019, 6, 3200), (2019, 8, 3330))
            .Times(2019, 9, 1.14)
            .Jitter(random, 60).Round(1);
        means = Shape.CalibrateMeans(means, volumes,
            [RestOfYear(volumes, 3101, 3206, 3470), Block.Of(2019, 4, 2019, 6, 3206), Block.Of(2019, 7, 2019, 9, 3470)], 1);
        return GeneratedSeries.Mean("response-priority", means, volumes, Sep19);
    }

    private static GeneratedSeries Answer999()
    {
        var volumes = Count("answer-999.volume",
            Shape.Level((2014, 4, 5800), (2017, 10, 6600), (2018, 10, 7000), (2019, 3, 7200), (2019, 9, 8000)).Seasonal(Profile.AllCrime, 2.5), 0.02,
            [Block.Of(2018, 10, 2019, 6, 65_513), Block.Of(2019, 7, 2019, 9, 27_163)]);   // 92,676 in the 12 months
        var random = Prng.For("answer-999");
        var means = Shape.Level((2014, 4, 6.2), (2015, 4, 5.8), (2016, 4, 5.4), (2017, 4, 5.1), (2017, 10, 4.6), (2018, 4, 4.1), (2019, 3, 3.9), (2019, 8, 4.6))
            .Times(2019, 9, 1.25)
            .Jitter(random, 0.25).Clamp(2, 20).Round(1);
        // 12-month averages at September 2017, 2018 and 2019 of 5, 4 and 4 seconds (the table under paragraph 97).
        means = Shape.CalibrateMeans(means, volumes,
            [Block.Of(2016, 10, 2017, 9, 5.0), Block.Of(2017, 10, 2018, 9, 4.0), RestOfYear(volumes, 4.2, 4.0, 5.0), Block.Of(2019, 4, 2019, 6, 4.0), Block.Of(2019, 7, 2019, 9, 5.0)], 1);
        return GeneratedSeries.Mean("answer-999", means, volumes, Sep19);
    }

    private static int[] CribCalls()
    {
        var calls = Count("answer-crib.volume",
            Shape.Level((2014, 4, 15500), (2016, 4, 14800), (2018, 4, 13800), (2019, 9, 13600)).Seasonal(Profile.AllCrime, 1.0), 0.03,
            [Block.Of(2019, 7, 2019, 9, 40_524)]);
        // October 2017 is exactly 10.0 per cent abandoned (see CribAbandonment): make it divisible by 10.
        var october2017 = Months.Of(2017, 10);
        calls[october2017] -= calls[october2017] % 10;
        return calls;
    }

    private static GeneratedSeries AnswerCrib(int[] calls)
    {
        var random = Prng.For("answer-crib");
        var means = Shape.Level((2014, 4, 150), (2015, 4, 185), (2016, 4, 230), (2017, 3, 250), (2017, 9, 235), (2017, 10, 190), (2017, 11, 115), (2018, 9, 92), (2019, 3, 72), (2019, 6, 62), (2019, 8, 75))
            .Times(2019, 9, 1.6)
            .Noisy(random, 0.06).Round(1);
        // 3:49, 1:42 and 1:20 for the 12 months to September 2017, 2018 and 2019 (paragraph 97's table); Q1 1:04, Q2 1:45.
        means = Shape.CalibrateMeans(means, calls,
            [Block.Of(2016, 10, 2017, 9, 229), Block.Of(2017, 10, 2018, 9, 102), RestOfYear(calls, 80, 64, 105), Block.Of(2019, 4, 2019, 6, 64), Block.Of(2019, 7, 2019, 9, 105)], 1);
        return GeneratedSeries.Mean("answer-crib", means, calls, Sep19);
    }

    private static GeneratedSeries CribAbandonment(int[] calls)
    {
        var random = Prng.For("crib-abandonment");
        var rate = Shape.Level((2014, 4, 7.0), (2015, 10, 8.8), (2016, 3, 9.3), (2016, 4, 11.8), (2016, 12, 13.5), (2017, 4, 14.0), (2017, 9, 11.5), (2017, 11, 7.2), (2018, 9, 5.6), (2019, 3, 4.0), (2019, 6, 3.4), (2019, 8, 4.2))
            .Times(2019, 9, 2.0)
            .Jitter(random, 0.35);
        // 18 consecutive months above 10 per cent from April 2016 (to September 2017); below 10 per
        // cent since November 2017. October 2017 sits exactly on 10.0 per cent, so both statements hold.
        for (var i = 0; i < Months.Count; i++)
        {
            if (i < Months.Of(2016, 4))
            {
                rate[i] = Math.Min(rate[i], 9.8);
            }
            else if (i <= Months.Of(2017, 9))
            {
                rate[i] = Math.Max(rate[i], 10.4);
            }
            else if (i >= Months.Of(2017, 11))
            {
                rate[i] = Math.Min(rate[i], 9.5);
            }
        }

        var q1 = Block.Of(2019, 4, 2019, 6, 0);
        var q2 = Block.Of(2019, 7, 2019, 9, 0);
        var year = Block.Of(2018, 10, 2019, 9, 0);
        var q1Abandoned = NumeratorFor(3.4, Shape.Sum(calls, q1), 1);
        var q2Abandoned = NumeratorFor(5.7, Shape.Sum(calls, q2), 1);
        var yearAbandoned = NumeratorFor(4.3, Shape.Sum(calls, year), 1);
        var abandoned = Numerators("crib-abandonment", rate, calls,
            [q1 with { Total = q1Abandoned }, q2 with { Total = q2Abandoned }, Block.Of(2018, 10, 2019, 3, yearAbandoned - q1Abandoned - q2Abandoned)]);
        var october2017 = Months.Of(2017, 10);
        abandoned[october2017] = calls[october2017] / 10;
        return GeneratedSeries.Ratio("crib-abandonment", abandoned, calls, Sep19);
    }

    private static GeneratedSeries FileQuality()
    {
        var q1 = Block.Of(2019, 4, 2019, 6, 200);
        var q2 = Block.Of(2019, 7, 2019, 9, 185);
        var files = Count("file-quality-errors.files", Shape.Level((2014, 4, 75), (2017, 4, 68), (2019, 9, 62)), 0.05, [q1, q2]);
        var rate = Shape.Level((2014, 4, 12), (2015, 4, 11), (2016, 4, 9.5), (2017, 4, 7.5), (2018, 4, 5.0), (2018, 10, 3.5), (2019, 4, 2.5), (2019, 9, 1.0));
        // Q1: 5 of 200 = 2.5 per cent; Q2: 1 of 185 = 0.5 per cent.
        var errors = Numerators("file-quality-errors", rate, files, [q1 with { Total = 5 }, q2 with { Total = 1 }]);
        return GeneratedSeries.Ratio("file-quality-errors", errors, files, Sep19);
    }

    private static int[] Complaints()
    {
        // Peaks and troughs follow the standards department's capacity to record (paragraph 148).
        var level = Shape.Level((2014, 4, 40), (2016, 4, 43), (2018, 4, 44), (2018, 9, 46), (2018, 11, 60), (2019, 9, 64))
            .Times(2018, 11, 1.3).Times(2019, 2, 0.65).Times(2019, 3, 0.8).Times(2019, 4, 1.25).Times(2019, 6, 0.85).Times(2019, 8, 1.2);
        return Count("complaints", level, 0.12, Standard(180, 200, null, 739, 529));
    }

    private static GeneratedSeries ComplaintsInTenDays(int[] complaints)
    {
        var rate = Shape.Level((2014, 4, 70), (2016, 4, 78), (2018, 4, 82), (2018, 10, 75), (2019, 1, 55), (2019, 3, 62), (2019, 4, 90), (2019, 9, 90));
        // Q1: 167 of 180 = 93 per cent; Q2: 180 of 200 = 90 per cent.
        var inTime = Numerators("complaints-recorded-in-10-days", rate, complaints,
            [Block.Of(2019, 4, 2019, 6, 167), Block.Of(2019, 7, 2019, 9, 180)]);
        return GeneratedSeries.Ratio("complaints-recorded-in-10-days", inTime, complaints, Sep19);
    }

    private static GeneratedSeries ComplaintAppeals()
    {
        var random = Prng.For("complaint-appeals-upheld.completed");
        var from = Months.Of(2017, 10);
        var shape = Shape.Level((2014, 4, 2.0), (2019, 9, 2.4)).Select((l, i) => (double)Math.Max(i >= from ? 1 : 0, random.NextPoisson(l))).ToArray();
        // Every month since October 2017 has at least one completed appeal, so the recent rate is never missing.
        var floors = Enumerable.Range(0, Months.Count).Select(i => i >= from ? 1 : 0).ToArray();
        var rest = Block.Of(2018, 10, 2019, 3, 10);
        var q1 = Block.Of(2019, 4, 2019, 6, 6);
        var q2 = Block.Of(2019, 7, 2019, 9, 10);
        var completed = Shape.Allocate(shape, [rest, q1, q2], floors: floors);
        // Q1 read as 2 of 6 (33 per cent, the printed percentage); Q2 2 of 10; 6 of 26 in the 12 months.
        var upheld = Numerators("complaint-appeals-upheld", Shape.Level((2014, 4, 30), (2017, 4, 25), (2019, 9, 22)), completed,
            [rest with { Total = 2 }, q1 with { Total = 2 }, q2 with { Total = 2 }]);
        return GeneratedSeries.Ratio("complaint-appeals-upheld", upheld, completed, Sep19);
    }

    private static GeneratedSeries DaysLost()
    {
        var random = Prng.For("days-lost-per-person");
        var values = Shape.Level((2014, 4, 9.6), (2015, 9, 9.9), (2016, 9, 10.4), (2017, 9, 11.3), (2018, 9, 12.7), (2019, 9, 14.8))
            .Jitter(random, 0.06).Round(1);
        values[Sep19] = 14.8;
        return GeneratedSeries.Level("days-lost-per-person", values, null, Sep19);
    }
}
