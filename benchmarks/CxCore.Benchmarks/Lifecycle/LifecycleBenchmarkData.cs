namespace CxCore.Benchmarks.Lifecycle;

/// <summary>
/// Customer summaries drawn from the BG/NBD model (r 0.25, α 4, a 0.8, b 2.5 per week, the CDNOW scale) observed in
/// whole days for 1 to 52 weeks: x, tₓ and T in weeks, as an activity summary with the day rule gives them.
/// </summary>
internal static class LifecycleBenchmarkData
{
    internal static (int[] X, double[] Tx, double[] T) Summaries(int n, int seed)
    {
        var random = new Random(seed);
        int[] x = new int[n];
        double[] tx = new double[n], t = new double[n];
        for (int i = 0; i < n; i++)
        {
            int days = random.Next(7, 365);
            double lambda = Gamma(random, 0.25) / 4; // per week
            double p = Beta(random, 0.8, 2.5);
            double time = 0, last = 0;
            int count = 0;
            while (true)
            {
                time += -Math.Log(1 - random.NextDouble()) / lambda * 7; // in days
                if (time >= days)
                {
                    break;
                }

                int day = (int)time;
                if (day > (int)last || count == 0)
                {
                    count++;
                    last = day;
                }

                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            x[i] = count;
            tx[i] = count == 0 ? 0 : Math.Max(1, (int)last) / 7.0;
            t[i] = days / 7.0;
        }

        return (x, tx, t);
    }

    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }

        double d = shape - (1.0 / 3), c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z = Normal(random), v = Math.Pow(1 + (c * z), 3);
            if (v > 0 && Math.Log(random.NextDouble()) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static double Beta(Random random, double a, double b)
    {
        double g = Gamma(random, a);
        return g / (g + Gamma(random, b));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
