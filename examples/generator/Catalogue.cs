using NodaTime;

namespace Scorecard.ExampleGenerator;

/// <summary>One measure as it goes into the configuration (examples/measures.json).</summary>
/// <param name="Decimals">Null to write the format as a plain style name.</param>
/// <param name="LastMonth">The last month the data reach (some sources lag the quarter).</param>
internal sealed record MeasureDefinition(
    int Priority,
    string Id,
    string Name,
    string Kind,
    string Polarity,
    string Style,
    int? Decimals,
    string Unit,
    string? Peer,
    string? PeerUnit,
    string? Description,
    YearMonth LastMonth,
    string Source);

internal static class Catalogue
{
    public static readonly string[] PriorityTitles =
    [
        "Prevent crime and keep people safe",
        "Protect the most vulnerable in society",
        "Put victims, witnesses and communities at the heart of everything we do",
        "Secure a quality police service that is trusted and efficient",
    ];

    private static readonly YearMonth Sep19 = new(2019, 9);
    private static readonly YearMonth Aug19 = new(2019, 8);
    private static readonly YearMonth Jun19 = new(2019, 6);

    public static readonly IReadOnlyList<MeasureDefinition> Measures =
    [
        new(1, "crime-volume", "Crime volume", "count", "lower-is-better", "count", null, "crimes", "all-crime", "crimes per 1,000 population",
            "Crimes recorded by the force.", Sep19, "Force crime recording system (Niche)"),
        new(1, "crime-recording-compliance", "Crime recording compliance rate", "level", "higher-is-better", "percent", 1, "per cent compliant", null, null,
            "Crimes and incidents found compliant with the National Crime Recording Standard in the month's audit.", Sep19, "Crime standards audit"),
        new(1, "cybercrime", "Cybercrime (cyber flagged + key word)", "count", "neutral", "count", null, "crimes", null, null,
            "Crimes with a cyber flag or a cyber key word in the summary, excluding fraud reported to Action Fraud.", Sep19, "Niche extract"),
        new(1, "hate-crime", "Hate crime", "count", "neutral", "count", null, "hate crimes", null, null,
            "Crimes flagged as hate crimes.", Sep19, "Niche extract"),
        new(1, "positive-outcome-ratio", "Positive outcome ratio", "ratio", "higher-is-better", "percent", 1, "positive outcomes", "positive-outcome-ratio", null,
            "Positive outcomes (court and out-of-court disposals) as a percentage of crimes recorded in the same months.", Sep19, "Niche outcomes"),
        new(1, "asb-incidents", "Anti-social behaviour volume", "count", "lower-is-better", "count", null, "incidents", null, null,
            "Anti-social behaviour incidents reported to the force.", Sep19, "Command and control (STORM)"),
        new(1, "public-confidence", "Overall confidence in the police in this area", "level", "higher-is-better", "percent", 1, "per cent of respondents", "public-confidence", "per cent of respondents",
            "Crime Survey for England and Wales, 12 months to the month shown, with its margin of error.", Jun19, "CSEW (ONS)"),
        new(1, "ksi-collisions", "Killed and seriously injured (KSI) collisions", "count", "lower-is-better", "count", null, "collisions", null, null,
            "Road collisions in which at least one person was killed or seriously injured.", Jun19, "Force traffic collision data"),
        new(1, "special-constable-hours", "Special constables hours deployed", "count", "higher-is-better", "count", null, "hours", null, null,
            "Hours the special constabulary were deployed for.", Sep19, "Duty management system"),

        new(2, "s136-arrests", "Section 136 arrests", "count", "neutral", "count", null, "arrests", null, null,
            "Detentions under section 136 of the Mental Health Act.", Sep19, "Custody records"),
        new(2, "cse-crimes", "Child sexual exploitation (CSE) crimes", "count", "neutral", "count", null, "crimes", null, null,
            "Crimes tagged with a CSE marker.", Sep19, "Niche extract"),
        new(2, "domestic-abuse-crimes", "Domestic abuse crimes (ACPO defined)", "count", "neutral", "count", null, "crimes", null, null,
            "Crimes flagged as domestic abuse.", Sep19, "Niche extract"),
        new(2, "sexual-offences", "Sexual offences", "count", "neutral", "count", null, "crimes", "sexual-offences", "crimes per 1,000 population",
            "Recorded sexual offences.", Sep19, "Niche extract"),

        new(3, "satisfaction-whole-experience", "Satisfaction of victims with the whole experience", "ratio", "higher-is-better", "percent", 1, "satisfied respondents", null, null,
            "Victims surveyed (hate crime, vehicle crime, dwelling burglary, violent crime) who were satisfied with the whole experience.", Sep19, "Victim satisfaction survey"),
        new(3, "satisfaction-kept-informed", "Satisfaction with being kept informed", "ratio", "higher-is-better", "percent", 1, "satisfied respondents", null, null,
            "Victims surveyed who were satisfied with being kept informed.", Aug19, "Victim satisfaction survey"),
        new(3, "satisfaction-treatment", "Satisfaction with treatment", "ratio", "higher-is-better", "percent", 1, "satisfied respondents", null, null,
            "Victims surveyed who were satisfied with how they were treated.", Aug19, "Victim satisfaction survey"),
        new(3, "conviction-rate", "Conviction rate", "ratio", "higher-is-better", "percent", 0, "defendants convicted", null, null,
            "Defendants convicted as a percentage of defendants prosecuted in Wiltshire courts.", Aug19, "Wiltshire Criminal Justice Board"),
        new(3, "cracked-ineffective-trials", "Trials cracked or ineffective due to prosecution reasons", "ratio", "lower-is-better", "percent", 1, "trials cracked or ineffective due to the prosecution", null, null,
            "Trials listed that cracked or were ineffective for prosecution reasons, as a percentage of trials listed.", Sep19, "Wiltshire Criminal Justice Board"),

        new(4, "response-immediate", "Response time (immediate)", "mean", "lower-is-better", "duration", null, "incidents", null, null,
            "Average time to arrive at emergency (immediate) incidents, in seconds; volume is incidents attended.", Sep19, "Command and control (STORM)"),
        new(4, "response-priority", "Response time (priority)", "mean", "lower-is-better", "duration", null, "incidents", null, null,
            "Average time to arrive at priority incidents, in seconds; volume is incidents attended.", Sep19, "Command and control (STORM)"),
        new(4, "answer-999", "Average time to answer 999 calls", "mean", "lower-is-better", "duration", null, "calls", null, null,
            "Average wait before a 999 call is answered, in seconds; volume is calls received.", Sep19, "Telephony"),
        new(4, "answer-crib", "Average time to answer Crime and Incident Bureau (CRIB) calls", "mean", "lower-is-better", "duration", null, "calls", null, null,
            "Average wait before a CRIB call is answered, in seconds; volume is calls received.", Sep19, "Telephony"),
        new(4, "crib-abandonment", "Crime and Incident Bureau (CRIB) abandonment rate", "ratio", "lower-is-better", "percent", 1, "abandoned calls", null, null,
            "CRIB calls abandoned before they were answered, as a percentage of CRIB calls received.", Sep19, "Telephony"),
        new(4, "file-quality-errors", "Quality of full files (error rate)", "ratio", "lower-is-better", "percent", 1, "unsatisfactory files", null, null,
            "Full files sent to the CPS graded unsatisfactory against the national file standard.", Sep19, "Criminal justice file quality assessment"),
        new(4, "complaints", "Volume of complaints", "count", "lower-is-better", "count", null, "complaints", null, null,
            "Public complaints recorded by the Professional Standards Department.", Sep19, "Centurion"),
        new(4, "complaints-recorded-in-10-days", "Percentage of complaints recorded within 10 days", "ratio", "higher-is-better", "percent", 0, "complaints recorded within 10 working days", null, null,
            "Complaints recorded within ten working days of receipt, as a percentage of complaints recorded.", Sep19, "Centurion"),
        new(4, "complaint-appeals-upheld", "Percentage of complaint appeals upheld", "ratio", "lower-is-better", "percent", 0, "appeals upheld", null, null,
            "Complaint appeals upheld as a percentage of appeals completed.", Sep19, "Centurion"),
        new(4, "days-lost-per-person", "Number of actual days lost per person", "level", "lower-is-better", "decimal", 1, "days lost per person", null, null,
            "Working days lost to sickness per person in the 12 months to the month shown.", Sep19, "HR system"),
    ];

    public static MeasureDefinition Get(string id) => Measures.Single(m => m.Id == id);
}
