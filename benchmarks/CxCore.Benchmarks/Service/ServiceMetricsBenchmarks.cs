using BenchmarkDotNet.Attributes;
using CxCore.Service;
using NodaTime;

namespace CxCore.Benchmarks.Service;

/// <summary>
/// Full service metrics over synthetic cases with a Europe/London Mon–Fri 09:00–17:00 business calendar (with
/// holidays). CxCore: <see cref="ServiceMetrics.Compute"/> — every per-case metric in calendar and business time,
/// summaries overall and per segment, SLA attainment — plus reading both Kaplan–Meier medians. Baseline: what a user
/// would write with LINQ per case — first response, full resolution and requester wait in calendar time and first
/// response and full resolution in business time by a per-day loop (each local date's 09:00–17:00 intersected with
/// the span), then medians and p90 of the solved cases by sorting, and the one-touch rate. The baseline computes
/// less than CxCore (no segments, no SLA, no censoring).
/// </summary>
[MemoryDiagnoser]
public class ServiceMetricsBenchmarks
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];
    private ServiceCase[] _cases = [];
    private BusinessCalendar _calendar = null!;
    private SlaPolicy _policy = SlaPolicy.None;
    private HashSet<LocalDate> _holidays = [];
    private readonly Instant _asOf = Instant.FromUtc(2027, 1, 1, 0, 0);

    /// <summary>The number of cases: cache-sized and the one-million target.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (10_000, 1_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Builds the cases from a fixed seed: a realistic mix of replies, pending, on-hold, reopen and open cases.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new BusinessCalendarOptions { TimeZone = Zone }.AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0));
        foreach (LocalDate d in new[] { new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 6), new LocalDate(2026, 5, 4),
                     new LocalDate(2026, 5, 25), new LocalDate(2026, 8, 31), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28) })
        {
            options.AddHoliday(d);
        }

        _holidays = [.. options.Holidays];
        _calendar = BusinessCalendar.FromOptions(options);
        _policy = SlaPolicy.None
            .With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(4)))
            .With(SlaMetric.NextReply, SlaTarget.FromBusinessTime(Duration.FromHours(8)))
            .With(SlaMetric.Resolution, SlaTarget.FromCalendarTime(Duration.FromDays(3)));
        _cases = Generate(new Random(20261129), N);
    }

    internal static ServiceCase[] Generate(Random random, int n)
    {
        Channel[] channels = [Channel.Email, Channel.Chat, Channel.Phone, Channel.Chatbot, Channel.SocialMedia];
        Instant first = Instant.FromUtc(2026, 1, 1, 0, 0);
        var cases = new ServiceCase[n];
        var events = new List<CaseEvent>(12);
        var attributes = new[] { new Dictionary<string, string> { ["plan"] = "free" }, new Dictionary<string, string> { ["plan"] = "pro" } };
        for (int i = 0; i < n; i++)
        {
            events.Clear();
            Instant t = first + Duration.FromSeconds(random.NextInt64(364L * 86_400));
            events.Add(CaseEvent.Opened(t));
            Duration Gap(double meanHours) => Duration.FromSeconds((long)(-Math.Log(1 - random.NextDouble()) * meanHours * 3600));
            Channel channel = channels[random.Next(channels.Length)];
            if (channel == Channel.Chatbot && random.NextDouble() < 0.4)
            {
                events.Add(CaseEvent.BotHandoff(t += Gap(0.05)));
            }

            int rounds = random.Next(1, 4);
            bool open = false;
            for (int r = 0; r < rounds && !open; r++)
            {
                events.Add(CaseEvent.AgentReply(t += Gap(r == 0 ? 6 : 10)));
                if (random.NextDouble() < 0.3)
                {
                    events.Add(CaseEvent.StatusChanged(t, CaseStatus.Pending));
                    events.Add(CaseEvent.CustomerMessage(t += Gap(20)));
                    events.Add(CaseEvent.StatusChanged(t, CaseStatus.Open));
                }
                else if (random.NextDouble() < 0.1)
                {
                    events.Add(CaseEvent.StatusChanged(t, CaseStatus.OnHold));
                    events.Add(CaseEvent.StatusChanged(t += Gap(24), CaseStatus.Open));
                }

                open = random.NextDouble() < 0.05;
            }

            if (!open)
            {
                events.Add(CaseEvent.StatusChanged(t += Gap(4), CaseStatus.Solved));
                if (random.NextDouble() < 0.08)
                {
                    events.Add(CaseEvent.Reopened(t += Gap(48)));
                    events.Add(CaseEvent.AgentReply(t += Gap(8)));
                    events.Add(CaseEvent.StatusChanged(t += Gap(4), CaseStatus.Solved));
                }
                else if (random.NextDouble() < 0.7)
                {
                    events.Add(CaseEvent.StatusChanged(t += Gap(72), CaseStatus.Closed));
                }
            }

            cases[i] = new ServiceCase("case-" + i, CustomerId.From("cust-" + (i % 50_000)), channel, (CasePriority)random.Next(4), events, attributes[i & 1]);
        }

        // Events after the cut-off are ignored; openings are all in 2026.
        return cases;
    }

    /// <summary>The naive LINQ a user would write (see the class summary for exactly what it computes).</summary>
    [Benchmark(Baseline = true)]
    public double NaiveLinq()
    {
        var rows = _cases.Select(c =>
        {
            Instant opened = c.Events[0].At;
            CaseEvent[] seen = c.Events.Where(e => e.At <= _asOf).ToArray();
            Instant? reply = seen.Where(e => e.Kind == CaseEventKind.AgentReply).Select(e => (Instant?)e.At).FirstOrDefault();
            CaseStatus status = seen.Where(e => e.Status.HasValue).Select(e => e.Status!.Value).Last();
            bool solved = status is CaseStatus.Solved or CaseStatus.Closed;
            Instant? resolvedAt = solved ? seen.Last(e => e.Status == CaseStatus.Solved).At : null;
            double wait = seen.Zip(seen.Skip(1).Append(CaseEvent.Opened(_asOf)), (a, b) => (a, b))
                .Select(p => (p.a, p.b, s: seen.Where(e => e.At <= p.a.At && e.Status.HasValue).Select(e => e.Status!.Value).Last()))
                .Where(x => x.s is CaseStatus.New or CaseStatus.Open or CaseStatus.OnHold)
                .Sum(x => (x.b.At - x.a.At).TotalHours);
            return new
            {
                Frt = reply - opened,
                FrtBusiness = reply is { } r ? NaiveBusinessHours(opened, r) : (double?)null,
                Resolution = resolvedAt - opened,
                ResolutionBusiness = resolvedAt is { } z ? NaiveBusinessHours(opened, z) : (double?)null,
                Wait = solved ? wait : (double?)null,
                OneTouch = solved && seen.Count(e => e.Kind == CaseEventKind.AgentReply) < 2,
            };
        }).ToList();

        double[] frt = rows.Where(r => r.Frt.HasValue).Select(r => r.Frt!.Value.TotalHours).OrderBy(x => x).ToArray();
        double[] frtB = rows.Where(r => r.FrtBusiness.HasValue).Select(r => r.FrtBusiness!.Value).OrderBy(x => x).ToArray();
        double[] res = rows.Where(r => r.Resolution.HasValue).Select(r => r.Resolution!.Value.TotalHours).OrderBy(x => x).ToArray();
        double[] resB = rows.Where(r => r.ResolutionBusiness.HasValue).Select(r => r.ResolutionBusiness!.Value).OrderBy(x => x).ToArray();
        double[] wait = rows.Where(r => r.Wait.HasValue).Select(r => r.Wait!.Value).OrderBy(x => x).ToArray();
        double oneTouch = rows.Count(r => r.OneTouch) / (double)rows.Count(r => r.Resolution.HasValue);
        return frt[frt.Length / 2] + frt[frt.Length * 9 / 10] + frtB[frtB.Length / 2] + res[res.Length / 2] + resB[resB.Length / 2]
            + resB[resB.Length * 9 / 10] + wait[wait.Length / 2] + oneTouch;
    }

    /// <summary>Business hours by walking local dates: each weekday's 09:00–17:00, not a holiday, intersected with [a, b).</summary>
    private double NaiveBusinessHours(Instant a, Instant b)
    {
        double hours = 0;
        for (LocalDate d = a.InZone(Zone).Date; d <= b.InZone(Zone).Date; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || _holidays.Contains(d))
            {
                continue;
            }

            Instant open = Zone.AtLeniently(d.At(new LocalTime(9, 0))).ToInstant();
            Instant close = Zone.AtLeniently(d.At(new LocalTime(17, 0))).ToInstant();
            Instant from = open > a ? open : a, to = close < b ? close : b;
            if (to > from)
            {
                hours += (to - from).TotalHours;
            }
        }

        return hours;
    }

    /// <summary>CxCore: full metrics (per case, overall, 11 segments, SLA) and both Kaplan–Meier medians.</summary>
    [Benchmark]
    public double ServiceMetricsCompute()
    {
        ServiceMetrics m = ServiceMetrics.Compute(_cases, _calendar, _policy, _asOf, "plan");
        return m.Overall.ResolutionCurve(TimeBasis.Calendar).Median!.Value.TotalHours
            + m.Overall.ResolutionCurve(TimeBasis.Business).Median!.Value.TotalHours
            + m.Overall.Summary(ServiceMetric.FirstResponse, TimeBasis.Business).P90!.Value.TotalHours
            + m.Sla.Attainment(SlaMetric.Resolution).Rate;
    }
}
