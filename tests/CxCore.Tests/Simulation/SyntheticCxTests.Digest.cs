using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CxCore.Service;
using CxCore.Simulation;

namespace CxCore.Tests.Simulation;

public sealed partial class SyntheticCxTests
{
    // The generator's output for fixed options must never change unnoticed: data sets published with a seed (in docs,
    // notebooks, papers) must regenerate identically. The digests below were taken from the generator before its
    // internals were reorganised; a refactoring must keep them. A deliberate change to the generative story changes
    // them, and says so in CHANGELOG.md.
    [Theory]
    [InlineData(42, 300, "84b102bbf968a004eb5aedfcc58b71fa4ea2e8b6c9b7c196733951fc16c9e68f")]
    [InlineData(7, 40, "a777c62f4da6d09c0ee18f17b4fc49ced1c4c70fb4352f20ee0286cfdd44b4b0")]
    public void Generate_FixedSeed_GivesTheRecordedData(int seed, int customers, string expectedSha256)
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = seed, Customers = customers, StalledServiceCaseShare = 0.2 });

        Assert.Equal(expectedSha256, Digest(data));
    }

    /// <summary>SHA-256 of a canonical text of every public value of the data set (invariant culture, round-trip doubles).</summary>
    private static string Digest(SyntheticCxData data)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        static string Map(IReadOnlyDictionary<string, string> map) =>
            string.Join(";", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

        Line($"period {data.Start} {data.End}");
        foreach (Customer c in data.Customers)
        {
            Line($"customer {c.Id} {c.Zone.Id} {c.AcquiredAt} {Map(c.Attributes)}");
        }

        foreach (Touchpoint t in data.Touchpoints)
        {
            Line($"touchpoint {t.Id} {t.Customer} {t.At} {t.Channel.Name} {t.Stage.Model.Name}/{t.Stage.Name} {t.Department.Name} {t.Initiator} {t.Outcome} {t.HandleTime} {t.WaitTime} {t.Topic} {Map(t.Attributes)}");
        }

        foreach (Feedback f in data.Feedback)
        {
            Line($"feedback {f.Id} {f.Customer} {f.At} {f.Instrument.Name} {f.Instrument.Scale} {f.Rating} {f.TouchpointId} {f.Comment} {R(f.Weight)} {string.Join(";", f.Topics)}");
        }

        foreach (ServiceCase s in data.ServiceCases)
        {
            Line($"case {s.Id} {s.Customer} {s.Channel.Name} {s.Priority} {Map(s.Attributes)}");
            foreach (CaseEvent e in s.Events)
            {
                Line($"  {e.At} {e.Kind} {e.Status}");
            }
        }

        foreach (Journey j in data.Journeys)
        {
            Line($"journey {j.Customer} {j.Outcome?.Name} {string.Join(",", j.Touchpoints.Select(t => t.Id))} {string.Join(",", j.Feedback.Select(f => f.Id))}");
        }

        GroundTruth g = data.GroundTruth;
        foreach (Customer c in data.Customers)
        {
            Line($"satisfaction {c.Id} {R(g.InitialSatisfaction[c.Id])} {R(g.Satisfaction[c.Id])}");
        }

        foreach (KeyValuePair<Channel, double> p in g.ChannelEffects.OrderBy(p => p.Key.Name, StringComparer.Ordinal))
        {
            Line($"channel {p.Key.Name} {R(p.Value)} {R(g.ChannelAbandonRates[p.Key])}");
        }

        foreach (KeyValuePair<Department, double> p in g.DepartmentFailureRates.OrderBy(p => p.Key.Name, StringComparer.Ordinal))
        {
            Line($"department {p.Key.Name} {R(p.Value)}");
        }

        Line($"effects {R(g.SuccessEffect)} {R(g.FailureEffect)} {R(g.AbandonEffect)} {R(g.RepeatContactEffect)} {R(g.LongWaitEffect)} {g.LongWait}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }
}
