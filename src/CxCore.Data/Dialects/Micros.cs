using NodaTime;

namespace CxCore.Data.Dialects;

/// <summary>Instants as whole microseconds since the Unix epoch, the precision of SQL timestamps.</summary>
internal static class Micros
{
    /// <summary>
    /// The smallest whole microsecond at or after <paramref name="instant"/>: for whole-microsecond values x,
    /// x ≥ t ⇔ x ≥ ⌈t⌉ and x &lt; t ⇔ x &lt; ⌈t⌉, so a bound rounded up keeps exactly the rows NodaTime would.
    /// </summary>
    internal static long Ceiling(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks(); // 100 ns, rounded towards the start of time
        long micros = ticks >= 0 ? ticks / 10 : -((9 - ticks) / 10); // floor division by 10
        return Instant.FromUnixTimeTicks(micros * 10) < instant ? micros + 1 : micros;
    }
}
