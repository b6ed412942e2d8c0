using System.Globalization;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Drafting;

/// <summary>One fact about an article read from its text, with where it was found.</summary>
/// <param name="Value">The value as the text gives it.</param>
/// <param name="Line">1-based line of the text it comes from.</param>
/// <param name="Labelled">
/// True when the text labels it ("Outlet: …", "Published: …", "By …"); false when it is a
/// guess from the page's layout (a short first line taken as the headline), to be checked.
/// </param>
/// <param name="Doubt">Why the value may be wrong although the text states it (a date such as 03/04/2026 read one of two ways), or null.</param>
/// <param name="Missing">What the text leaves out of the value, for the instructor to fill in (a dateline's year), or null.</param>
public sealed record ArticleFact(string Value, int Line, bool Labelled, string? Doubt = null, string? Missing = null);

/// <summary>
/// The outlet, date, headline and author an article's text states near its top. Labelled lines
/// ("Headline: …", "Outlet: …", "Date: …", "By …") are taken as stated; otherwise a date on a
/// short line, a short first line without a full stop, a page title's " - Outlet" or
/// " | Outlet" ending, and an outlet named beside the date or the writer ("Lindenport Courier,
/// 14 March 2026", "By Ana Ruiz, Lindenport Courier") are taken as guesses. Anything not found is null.
/// </summary>
public sealed partial record ArticleFacts(ArticleFact? Outlet, ArticleFact? Published, ArticleFact? Headline, ArticleFact? Author)
{
    /// <summary>
    /// The month and day of a wire dateline that gives no year ("KELL, March 3 (Norland Wire) -"),
    /// as MM-dd, when the text states no full date; null otherwise. <see cref="WithYear"/> completes it.
    /// </summary>
    public ArticleFact? DayWithoutYear { get; init; }

    /// <summary>How many non-empty lines from the top are read.</summary>
    private const int HeaderLines = 15;

    public DateOnly? Date => Published is { } p && TryParseDate(p.Value, out var date) ? date : null;

    public static ArticleFacts Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<(int Number, string Text)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length > 0)
            {
                lines.Add((number, line));
            }
            if (lines.Count >= HeaderLines)
            {
                break;
            }
        }
        ArticleFact? outlet = null, published = null, headline = null, author = null, bylineOutlet = null, datelineOutlet = null;
        ArticleFact? wireOutlet = null, wireDate = null, wireDay = null;
        foreach (var (n, line) in lines)
        {
            if (Labelled().Match(line) is { Success: true } m)
            {
                var label = m.Groups[1].Value.ToLowerInvariant();
                var value = m.Groups[2].Value.Trim();
                switch (label)
                {
                    case "headline" or "title":
                        headline ??= new ArticleFact(value, n, true);
                        break;
                    case "outlet" or "source" or "publication" or "publisher" or "newspaper" or "site":
                        outlet ??= new ArticleFact(value, n, true);
                        break;
                    case "date" or "published" or "publication date" or "posted" or "dated":
                        if (ReadDate(value) is (string labelledDate, var doubt))
                        {
                            published ??= new ArticleFact(labelledDate, n, doubt is null, doubt);
                        }
                        break;
                    case "author" or "byline" or "by":
                        author ??= new ArticleFact(value, n, true);
                        break;
                }
                continue;
            }
            if (Byline().Match(line) is { Success: true } by && author is null)
            {
                author = new ArticleFact(by.Groups[1].Value.Trim(), n, true);
            }
            else if (author is null && BylineWithOutlet(line) is var (writer, paper))
            {
                author = new ArticleFact(writer, n, true);
                bylineOutlet = paper is null ? null : new ArticleFact(Unshouted(paper), n, false);
            }
            datelineOutlet ??= DatelineOutlet(n, line);
            if (wireOutlet is null && wireDate is null && wireDay is null && WireDateline(n, line) is var (wOutlet, wDate, wDay))
            {
                (wireOutlet, wireDate, wireDay) = (wOutlet, wDate, wDay);
            }
        }
        published ??= GuessDate(lines) ?? wireDate;
        if (headline is null || outlet is null)
        {
            var (guessedHeadline, guessedOutlet) = GuessHeadline(lines, text);
            headline ??= guessedHeadline;
            outlet ??= guessedOutlet ?? bylineOutlet ?? datelineOutlet ?? GuessMasthead(lines, headline) ?? wireOutlet;
        }
        return new ArticleFacts(outlet, published, headline, author) { DayWithoutYear = published is null ? wireDay : null };
    }

    /// <summary>
    /// The date of a dateline that gave no year, in <paramref name="year"/>, with why that year
    /// (<paramref name="doubt"/>, to check) or what is left to fill in (<paramref name="missing"/>).
    /// Unchanged when the text states a full date or no dateline day.
    /// </summary>
    public ArticleFacts WithYear(int year, string? doubt, string? missing)
    {
        if (Published is not null || DayWithoutYear is not { } day
            || !DateOnly.TryParseExact($"{year:D4}-{day.Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return this;
        }
        return this with { Published = new ArticleFact(Iso(date), day.Line, false, doubt, missing), DayWithoutYear = null };
    }

    /// <summary>
    /// A wire dateline opening a paragraph: "KELL, March 3 (Norland Wire) -", "KELL, Norland, March
    /// 3, 2026 -", "KELL (Norland Wire) -". The outlet in brackets and the date, each a guess; a
    /// date without a year comes as the month and day (MM-dd). A place in ordinary capitals counts
    /// only with an outlet in brackets, so a sentence that starts with a name and a date is none.
    /// </summary>
    private static (ArticleFact? Outlet, ArticleFact? Date, ArticleFact? DayWithoutYear)? WireDateline(int number, string line)
    {
        if (WireDatelineStart().Match(line) is not { Success: true } m
            || !m.Groups["outlet"].Success && !m.Groups["month"].Success
            || !m.Groups["outlet"].Success && m.Groups["place"].Value.Any(char.IsLower))
        {
            return null;
        }
        var outlet = m.Groups["outlet"].Success ? new ArticleFact(Unshouted(m.Groups["outlet"].Value.Trim()), number, false) : null;
        if (!m.Groups["month"].Success)
        {
            return (outlet, null, null);
        }
        var month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Success)
        {
            return TryDate(m.Groups["year"].Value, m.Groups["month"].Value, m.Groups["day"].Value, out var date)
                ? (outlet, new ArticleFact(Iso(date), number, false), null)
                : (outlet, null, null);
        }
        // Checked against a leap year, so that 29 February stays possible until the year is known.
        return month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)
            ? (outlet, null, new ArticleFact($"{month:D2}-{day:D2}", number, false))
            : (outlet, null, null);
    }

    /// <summary>
    /// A byline that goes on with other facts after a bar or a dot ("By Jo Ellison | Alderbrook
    /// Herald | May 1, 2024"): the writer, and the first other part that is a short name rather
    /// than a date (the outlet, a guess); or one that goes on after a comma ("By Ana Ruiz,
    /// Lindenport Courier", "By Ana Ruiz, Political Editor"). Null when the line does not start
    /// with such a byline.
    /// </summary>
    private static (string Author, string? Outlet)? BylineWithOutlet(string line)
    {
        var parts = line.Split([" | ", " · ", " • "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || Byline().Match(parts[0]) is not { Success: true } by)
        {
            return BylineBeforeComma(line);
        }
        var outlet = parts.Skip(1).FirstOrDefault(p => FindDate(p) is null && p.Split(' ').Length <= 5 && char.IsUpper(p[0]) && !p.EndsWith('.'));
        return (by.Groups[1].Value.Trim(), outlet);
    }

    /// <summary>A date on a short line near the top ("Friday, September 25, 2020", "date 2020-09-24 Photo: …").</summary>
    private static ArticleFact? GuessDate(List<(int Number, string Text)> lines)
    {
        foreach (var (n, line) in lines)
        {
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && ReadDate(line) is (string date, var doubt))
            {
                return new ArticleFact(date, n, false, doubt);
            }
        }
        return null;
    }

    /// <summary>
    /// The headline: a line repeated further down the page, else the first short line that is not
    /// a sentence (no closing full stop), not a date, not a label and not page furniture. A page
    /// title "Headline - Outlet" or "Headline | Outlet" gives both.
    /// </summary>
    private static (ArticleFact? Headline, ArticleFact? Outlet) GuessHeadline(List<(int Number, string Text)> lines, string text)
    {
        (int Number, string Text)? chosen = null;
        // A line all in capitals is most often a masthead: a headline in capitals is taken only when no other line looks like one.
        var anyInLowerCase = lines.Exists(l => LooksLikeHeadline(l.Text) && l.Text.Any(char.IsLower));
        foreach (var candidate in lines)
        {
            if (!LooksLikeHeadline(candidate.Text) || anyInLowerCase && !candidate.Text.Any(char.IsLower))
            {
                continue;
            }
            var bare = SplitTitle(candidate.Text).Headline;
            if (CountOccurrences(text, bare) > 1)
            {
                chosen = candidate;
                break;
            }
            chosen ??= candidate;
        }
        if (chosen is not { } line)
        {
            return (null, null);
        }
        var (headline, outlet) = SplitTitle(line.Text);
        return (new ArticleFact(headline, line.Number, false), outlet is null ? null : new ArticleFact(Unshouted(outlet), line.Number, false));
    }

    /// <summary>
    /// A masthead: a first line of one to five capitalised words ("Alderbrook Journal") above
    /// the headline, with no full stop.
    /// </summary>
    private static ArticleFact? GuessMasthead(List<(int Number, string Text)> lines, ArticleFact? headline)
    {
        if (lines.Count == 0 || headline is null || lines[0].Number >= headline.Line)
        {
            return null;
        }
        var (number, line) = lines[0];
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && words.All(w => SmallWords.Contains(w.ToLowerInvariant()) || char.IsUpper(w[0]) && !Lexicon.NotNames.Contains(w))
               && !line.EndsWith('.') && FindDate(line) is null && !Labelled().IsMatch(line)
            ? new ArticleFact(Unshouted(line), number, false)
            : null;
    }

    /// <summary>
    /// An outlet printed all in capitals, as mastheads are ("THE ALDERBROOK HERALD"), in the
    /// capitals a pack shows ("The Alderbrook Herald"). Words of three letters or fewer other than
    /// "the", "of", "and" and the like stay in capitals, since they are most often initials ("CBC
    /// NEWS" gives "CBC News"); longer initials become a word, which the guess's check mark covers.
    /// </summary>
    private static string Unshouted(string outlet)
    {
        if (outlet.Any(char.IsLower) || !outlet.Any(char.IsLetter))
        {
            return outlet;
        }
        var words = outlet.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (SmallWords.Contains(lower))
            {
                words[i] = i == 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            }
            else if (words[i].Count(char.IsLetter) > 3)
            {
                words[i] = string.Join('-', lower.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
            }
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> SmallWords = ["the", "of", "and", "a", "an", "in", "on", "at", "for", "to", "&"];

    private static bool LooksLikeHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || words.Length > 25 || line.EndsWith('.') || line.EndsWith(':') || line.EndsWith(',')
            || FindDate(line) is not null || Labelled().IsMatch(line) || Byline().IsMatch(line) || BylineWithOutlet(line) is not null || !char.IsUpper(line[0]) && line[0] is not ('\'' or '‘' or '"' or '“'))
        {
            return false;
        }
        // A place line ("Springfield, Ohio, United States") is a list, not a headline.
        return line.Count(c => c == ',') <= 1;
    }

    private static (string Headline, string? Outlet) SplitTitle(string line)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var at = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var outlet = line[(at + separator.Length)..].Trim();
                if (outlet.Length > 0 && outlet.Split(' ').Length <= 5 && char.IsUpper(outlet[0]))
                {
                    return (line[..at].Trim(), outlet);
                }
            }
        }
        return (line, null);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>The first date written in the line, normalised to YYYY-MM-DD.</summary>
    public static string? FindDate(string line) => ReadDate(line)?.Date;

    /// <summary>
    /// The first date written in the line, normalised to YYYY-MM-DD, with a doubt when the line
    /// writes it in numbers that read two ways (03/04/2026).
    /// </summary>
    private static (string Date, string? Doubt)? ReadDate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (IsoDate().Match(line) is { Success: true } iso && TryParseDate(iso.Value.Replace('/', '-'), out var d1))
        {
            return (Iso(d1), null);
        }
        if (MonthFirst().Match(line) is { Success: true } mf
            && TryDate(mf.Groups["year"].Value, mf.Groups["month"].Value, mf.Groups["day"].Value, out var d2))
        {
            return (Iso(d2), null);
        }
        if (DayFirst().Match(line) is { Success: true } df
            && TryDate(df.Groups["year"].Value, df.Groups["month"].Value, df.Groups["day"].Value, out var d3))
        {
            return (Iso(d3), null);
        }
        return NumericDate().Match(line) is { Success: true } nd ? ReadNumericDate(nd) : null;
    }

    /// <summary>
    /// "13/04/2026" and "04/13/2026" read one way only; "03.04.2026" is day first, as dotted dates
    /// are written; "03/04/2026" is read month first, as US pages write it, with the other
    /// reading given as the doubt.
    /// </summary>
    private static (string Date, string? Doubt)? ReadNumericDate(Match match)
    {
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var dayFirst = Valid(year, second, first);
        var monthFirst = Valid(year, first, second);
        if (dayFirst is { } d && (monthFirst is null || first == second || match.Groups["separator"].Value == "."))
        {
            return (Iso(d), null);
        }
        if (monthFirst is not { } m)
        {
            return null;
        }
        return dayFirst is { } other
            ? (Iso(m), $"'{match.Value}' read month first, {Spelled(m)}; it could be {Spelled(other)}")
            : (Iso(m), null);
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Spelled(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var m = Array.IndexOf(Months, month[..3].ToLowerInvariant()) + 1;
        if (m == 0 || !int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var dd)
            || y < 1900 || y > 2200 || dd < 1 || dd > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, dd);
        return true;
    }

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})?(?:,\s+(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20|21)\d\d))?)?\s*(?:\((?<outlet>\p{Lu}[^()]{1,40})\))?\s*[-–—]{1,2}\s")]
    private static partial Regex WireDatelineStart();

    [GeneratedRegex(@"^(headline|title|outlet|source|publication date|publication|publisher|newspaper|site|date|published|posted|dated|author|byline)\s*:\s*(\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?)\s*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(?<first>\d{1,2})(?<separator>[/.-])(?<second>\d{1,2})\k<separator>(?<year>(?:19|20|21)\d\d)\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(19|20|21)\d\d[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?,?\s+(?<year>\d{4})\b")]
    private static partial Regex DayFirst();
}
