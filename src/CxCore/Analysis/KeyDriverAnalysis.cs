using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CxCore.Ratings;
using MathNet.Numerics.LinearAlgebra;

namespace CxCore.Analysis;

/// <summary>
/// Key driver analysis: how much each driver (e.g. per-touchpoint CSAT) explains an outcome (e.g. likelihood to
/// recommend), by Pearson correlation, standardised regression weights, Johnson's relative weights and the
/// Shapley (LMG) decomposition of R², with seeded bootstrap intervals for the relative weights.
/// </summary>
/// <remarks>
/// <para>
/// Let R be the drivers' correlation matrix and r their correlations with the outcome. The standardised β solves
/// the least-squares fit of the z-scored outcome on the z-scored drivers (QR decomposition, MathNet.Numerics), and
/// R² = 1 − RSS/TSS (= rᵀR⁻¹r).
/// </para>
/// <para>
/// <b>Relative weights</b> (Johnson 2000, "A heuristic method for estimating the relative weight of predictor
/// variables in multiple regression", Multivariate Behav. Res. 35(1)): with R = QΛQᵀ, Λ* = QΛ^½Qᵀ (the correlations
/// of the drivers with their closest orthogonal counterparts) and β* = Λ*⁻¹r, driver j's weight is
/// εⱼ = Σₖ (Λ*ⱼₖ)² (β*ₖ)². The weights are non-negative and sum to R².
/// </para>
/// <para>
/// <b>Shapley / LMG</b> (Lindeman, Merenda and Gold 1980; Grömping 2006, "Relative importance for linear regression
/// in R: the package relaimpo", J. Stat. Softw. 17(1)): φⱼ = Σ over subsets S not containing j of
/// |S|!(p − |S| − 1)!/p! · (R²(S ∪ {j}) − R²(S)), with R²(S) = r_Sᵀ R_SS⁻¹ r_S computed once per subset from the
/// correlation matrix. This is exact and needs all 2ᵖ subsets, so at most 15 drivers are accepted. The values sum
/// to R².
/// </para>
/// <para>
/// <b>Bootstrap</b>, only when asked for (<see cref="KeyDriverOptions.BootstrapSamples"/> above 0; off by default, so
/// point estimates cost one fit): rows are resampled with replacement (System.Random seeded with
/// <see cref="KeyDriverOptions.Seed"/>), the relative weights recomputed, and the interval is the pair of percentiles
/// (R's quantile type 7) at (1 ∓ confidence)/2. Resamples where a driver is constant or the drivers are collinear are
/// skipped and counted.
/// </para>
/// <para>
/// <b>Input</b>: parallel columns (an outcome list and one list per driver), named columns (a dictionary of name →
/// values), or rows of any type with a selector per column. <b>Cancellation</b>: the token is checked before the fit,
/// before each bootstrap resample and every 1,024 subsets of the Shapley decomposition.
/// </para>
/// <para>
/// <b>Missing values</b>: by default rows with a NaN in the outcome or any driver are dropped (listwise deletion)
/// and counted in <see cref="KeyDriverResult.DroppedRows"/>.
/// </para>
/// </remarks>
public static class KeyDriverAnalysis
{
    /// <summary>The largest number of drivers the exact Shapley decomposition accepts (2¹⁵ subsets).</summary>
    public const int MaxDrivers = 15;

    /// <summary>Runs a key driver analysis on parallel columns.</summary>
    /// <param name="outcome">The outcome per row (respondent).</param>
    /// <param name="drivers">The drivers as columns: <c>drivers[j][i]</c> is driver j in row i; each as long as <paramref name="outcome"/>.</param>
    /// <param name="driverNames">One distinct, non-blank name per driver.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis (checked before the fit, per bootstrap resample and per batch of Shapley subsets).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument or a driver column is null.</exception>
    /// <exception cref="ArgumentException">
    /// No drivers or more than <see cref="MaxDrivers"/>; names that do not match the drivers, are blank or repeat;
    /// columns of different lengths; an infinite value; a NaN under <see cref="MissingValueRule.Reject"/>; not more
    /// rows than drivers + 1 (after dropping missing values); a constant outcome or driver; collinear drivers.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static KeyDriverResult Compute(IReadOnlyList<double> outcome, IReadOnlyList<IReadOnlyList<double>> drivers,
        IReadOnlyList<string> driverNames, KeyDriverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(driverNames);
        options ??= new KeyDriverOptions();
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        int p = drivers.Count;
        if (p == 0)
        {
            throw new ArgumentException("Key driver analysis needs at least one driver.", nameof(drivers));
        }

        if (p > MaxDrivers)
        {
            throw new ArgumentException(
                $"The exact Shapley (LMG) decomposition enumerates all 2^p driver subsets and accepts at most {MaxDrivers} drivers; got {p}. Group or pre-select drivers.",
                nameof(drivers));
        }

        string[] names = ValidateNames(driverNames, p);
        (double[][] columns, int dropped) = CompleteRows(outcome, drivers, names, options.MissingValues);
        int n = columns[p].Length;
        if (n <= p + 1)
        {
            throw new ArgumentException(
                $"Key driver analysis needs more rows than drivers + 1; {n} complete rows for {p} drivers{(dropped > 0 ? $" ({dropped} rows with missing values dropped)" : string.Empty)}.",
                nameof(outcome));
        }

        double[,] correlations = Correlations(columns, null, out int constant);
        if (constant >= 0)
        {
            throw new ArgumentException(
                constant == p ? "The outcome is constant; nothing to explain." : $"Driver '{names[constant]}' is constant; it has no correlation with anything.",
                constant == p ? nameof(outcome) : nameof(drivers));
        }

        double[]? weights = RelativeWeights(correlations, p);
        if (weights is null)
        {
            throw new ArgumentException("The drivers are collinear (one is a linear combination of others); drop or combine drivers.", nameof(drivers));
        }

        (double[] beta, double rSquared) = StandardizedRegression(columns);
        double[] shapley = Shapley(correlations, p, cancellationToken);
        (ConfidenceInterval[] intervals, int failures) = Bootstrap(columns, options, cancellationToken);

        var rows = new DriverImportance[p];
        for (int j = 0; j < p; j++)
        {
            rows[j] = new DriverImportance(names[j], correlations[j, p], beta[j], weights[j], intervals[j], shapley[j], rSquared);
        }

        return new KeyDriverResult(n, dropped, rSquared, Array.AsReadOnly(rows), options.BootstrapSamples, failures, options.Confidence);
    }

    /// <summary>Runs a key driver analysis on named columns.</summary>
    /// <typeparam name="TColumn">The type of a column: any list of doubles (an array, a <see cref="List{T}"/>…).</typeparam>
    /// <param name="columns">The columns by name, all of one length: the outcome and the drivers (other columns are ignored).</param>
    /// <param name="outcome">The name of the outcome column.</param>
    /// <param name="drivers">
    /// The names of the driver columns, in the order of the result; <see langword="null"/> (the default) for every
    /// column except the outcome, in ordinal order of their names.
    /// </param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis (checked before the fit, per bootstrap resample and per batch of Shapley subsets).</param>
    /// <returns>The analysis, one row per driver named as its column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/>, <paramref name="outcome"/>, a column or a listed driver name is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="outcome"/> or a driver is not a column; the outcome is also listed as a driver; and everything the
    /// parallel-column overload rejects (the message names the column).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static KeyDriverResult Compute<TColumn>(IReadOnlyDictionary<string, TColumn> columns, string outcome,
        IReadOnlyList<string>? drivers = null, KeyDriverOptions? options = null, CancellationToken cancellationToken = default)
        where TColumn : IReadOnlyList<double>
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(outcome);
        IReadOnlyList<double> outcomeColumn = Column(columns, outcome, nameof(outcome));
        string[] names = drivers is null
            ? columns.Keys.Where(k => !string.Equals(k, outcome, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray()
            : drivers.ToArray();
        var driverColumns = new IReadOnlyList<double>[names.Length];
        for (int j = 0; j < names.Length; j++)
        {
            if (names[j] is null)
            {
                throw new ArgumentNullException(nameof(drivers), $"Driver name {j} is null.");
            }

            if (string.Equals(names[j], outcome, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The outcome column '{outcome}' is also listed as a driver.", nameof(drivers));
            }

            driverColumns[j] = Column(columns, names[j], nameof(drivers));
        }

        return Compute(outcomeColumn, driverColumns, names, options, cancellationToken);

        static IReadOnlyList<double> Column(IReadOnlyDictionary<string, TColumn> columns, string name, string paramName)
        {
            if (!columns.TryGetValue(name, out TColumn? column))
            {
                throw new ArgumentException(
                    $"There is no column '{name}'; the columns are {string.Join(", ", columns.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"))}.", paramName);
            }

            return column ?? throw new ArgumentNullException(paramName, $"Column '{name}' is null.");
        }
    }

    /// <summary>Runs a key driver analysis on rows of any type, with a selector for the outcome and for each named driver.</summary>
    /// <typeparam name="TRow">The type of a row (a record, an anonymous type, a dictionary…).</typeparam>
    /// <param name="rows">The rows (respondents), enumerated once.</param>
    /// <param name="outcome">Selects the outcome of a row.</param>
    /// <param name="drivers">The drivers, in the order of the result: a distinct, non-blank name and a selector each.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis (checked before the fit, per bootstrap resample and per batch of Shapley subsets).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="outcome"/>, <paramref name="drivers"/> or a selector is null.</exception>
    /// <exception cref="ArgumentException">Everything the parallel-column overload rejects.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static KeyDriverResult Compute<TRow>(IEnumerable<TRow> rows, Func<TRow, double> outcome,
        IReadOnlyList<(string Name, Func<TRow, double> Value)> drivers, KeyDriverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(drivers);
        for (int j = 0; j < drivers.Count; j++)
        {
            if (drivers[j].Value is null)
            {
                throw new ArgumentNullException(nameof(drivers), $"The selector of driver {j} ('{drivers[j].Name}') is null.");
            }
        }

        var outcomeColumn = new List<double>();
        var driverColumns = new List<double>[drivers.Count];
        for (int j = 0; j < driverColumns.Length; j++)
        {
            driverColumns[j] = [];
        }

        foreach (TRow row in rows)
        {
            outcomeColumn.Add(outcome(row));
            for (int j = 0; j < driverColumns.Length; j++)
            {
                driverColumns[j].Add(drivers[j].Value(row));
            }
        }

        return Compute(outcomeColumn, driverColumns, drivers.Select(d => d.Name).ToArray(), options, cancellationToken);
    }

    private static string[] ValidateNames(IReadOnlyList<string> driverNames, int p)
    {
        if (driverNames.Count != p)
        {
            throw new ArgumentException($"There are {p} drivers but {driverNames.Count} names.", nameof(driverNames));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] names = new string[p];
        for (int j = 0; j < p; j++)
        {
            string? name = driverNames[j];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"Driver name {j} is null or blank.", nameof(driverNames));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The driver name '{name}' appears twice.", nameof(driverNames));
            }

            names[j] = name;
        }

        return names;
    }

    /// <summary>The complete rows as columns (drivers 0..p−1, outcome p), and the number of rows dropped.</summary>
    private static (double[][] Columns, int Dropped) CompleteRows(IReadOnlyList<double> outcome, IReadOnlyList<IReadOnlyList<double>> drivers,
        string[] names, MissingValueRule rule)
    {
        int p = drivers.Count, rows = outcome.Count;
        for (int j = 0; j < p; j++)
        {
            if (drivers[j] is null)
            {
                throw new ArgumentNullException(nameof(drivers), $"Driver '{names[j]}' is null.");
            }

            if (drivers[j].Count != rows)
            {
                throw new ArgumentException($"Driver '{names[j]}' has {drivers[j].Count} values; the outcome has {rows}.", nameof(drivers));
            }
        }

        var keep = new List<int>(rows);
        for (int i = 0; i < rows; i++)
        {
            bool complete = Check(outcome[i], "the outcome", i);
            for (int j = 0; j < p; j++)
            {
                complete &= Check(drivers[j][i], $"driver '{names[j]}'", i);
            }

            if (complete)
            {
                keep.Add(i);
            }
            else if (rule == MissingValueRule.Reject)
            {
                throw new ArgumentException($"Row {i} has a missing value (NaN) and missing values are rejected.", nameof(outcome));
            }
        }

        double[][] columns = new double[p + 1][];
        for (int j = 0; j <= p; j++)
        {
            IReadOnlyList<double> source = j < p ? drivers[j] : outcome;
            columns[j] = new double[keep.Count];
            for (int k = 0; k < keep.Count; k++)
            {
                columns[j][k] = source[keep[k]];
            }
        }

        return (columns, rows - keep.Count);

        static bool Check(double value, string what, int row) => double.IsInfinity(value)
            ? throw new ArgumentException($"Row {row} of {what} is infinite.", what == "the outcome" ? nameof(outcome) : nameof(drivers))
            : !double.IsNaN(value);
    }

    /// <summary>
    /// The correlation matrix of the columns (over the rows in <paramref name="rowIndex"/>, or all rows); sets
    /// <paramref name="constant"/> to the first constant column, or −1.
    /// </summary>
    private static double[,] Correlations(double[][] columns, int[]? rowIndex, out int constant)
    {
        int k = columns.Length;
        int n = rowIndex?.Length ?? columns[0].Length;
        double[] means = new double[k];
        for (int j = 0; j < k; j++)
        {
            double sum = 0;
            double[] column = columns[j];
            for (int i = 0; i < n; i++)
            {
                sum += column[rowIndex is null ? i : rowIndex[i]];
            }

            means[j] = sum / n;
        }

        // Centred values, row by row into one buffer per column, then cross-products.
        double[][] centred = new double[k][];
        for (int j = 0; j < k; j++)
        {
            centred[j] = new double[n];
            double[] column = columns[j];
            for (int i = 0; i < n; i++)
            {
                centred[j][i] = column[rowIndex is null ? i : rowIndex[i]] - means[j];
            }
        }

        double[,] c = new double[k, k];
        constant = -1;
        double[] norms = new double[k];
        for (int a = 0; a < k; a++)
        {
            norms[a] = Math.Sqrt(Dot(centred[a], centred[a]));
            // A column is constant when its spread is at rounding level relative to its magnitude.
            if (!(norms[a] > 1e-12 * Math.Max(1, Math.Abs(means[a])) * Math.Sqrt(n)) && constant < 0)
            {
                constant = a;
            }
        }

        for (int a = 0; a < k; a++)
        {
            c[a, a] = 1;
            for (int b = 0; b < a; b++)
            {
                double r = Dot(centred[a], centred[b]) / (norms[a] * norms[b]);
                c[a, b] = c[b, a] = r;
            }
        }

        return c;
    }

    private static double Dot(double[] x, double[] y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>Johnson's relative weights from the full correlation matrix (drivers 0..p−1, outcome p); null when collinear.</summary>
    internal static double[]? RelativeWeights(double[,] correlations, int p)
    {
        Matrix<double> rxx = Matrix<double>.Build.Dense(p, p, (a, b) => correlations[a, b]);
        Vector<double> rxy = Vector<double>.Build.Dense(p, j => correlations[j, p]);
        var evd = rxx.Evd(Symmetricity.Symmetric);
        Vector<double> eigenvalues = evd.EigenValues.Real();
        double largest = eigenvalues.Maximum();
        if (!(eigenvalues.Minimum() > 1e-10 * largest))
        {
            return null;
        }

        Matrix<double> q = evd.EigenVectors;
        Matrix<double> lambdaHalf = q * Matrix<double>.Build.DiagonalOfDiagonalVector(eigenvalues.PointwiseSqrt()) * q.Transpose();
        Matrix<double> lambdaHalfInverse = q * Matrix<double>.Build.DiagonalOfDiagonalVector(eigenvalues.PointwiseSqrt().Map(v => 1 / v)) * q.Transpose();
        Vector<double> betaStar = lambdaHalfInverse * rxy;
        Vector<double> weights = lambdaHalf.PointwisePower(2) * betaStar.PointwisePower(2);
        return weights.ToArray();
    }

    /// <summary>The standardised β by least squares (QR) on z-scores, and R² = 1 − RSS/TSS.</summary>
    private static (double[] Beta, double RSquared) StandardizedRegression(double[][] columns)
    {
        int p = columns.Length - 1, n = columns[p].Length;
        double[][] z = new double[p + 1][];
        for (int j = 0; j <= p; j++)
        {
            double mean = 0;
            foreach (double v in columns[j])
            {
                mean += v;
            }

            mean /= n;
            double squares = 0;
            foreach (double v in columns[j])
            {
                squares += (v - mean) * (v - mean);
            }

            double sd = Math.Sqrt(squares / (n - 1));
            z[j] = new double[n];
            for (int i = 0; i < n; i++)
            {
                z[j][i] = (columns[j][i] - mean) / sd;
            }
        }

        Matrix<double> x = Matrix<double>.Build.Dense(n, p, (i, j) => z[j][i]);
        Vector<double> y = Vector<double>.Build.Dense(z[p]);
        Vector<double> beta = x.QR().Solve(y);
        Vector<double> residuals = y - (x * beta);
        double rss = residuals.DotProduct(residuals);
        return (beta.ToArray(), 1 - (rss / (n - 1)));
    }

    /// <summary>The exact Shapley (LMG) values: R² of every subset once (by bit mask), then the weighted marginal gains.</summary>
    internal static double[] Shapley(double[,] correlations, int p, CancellationToken cancellationToken = default)
    {
        int subsets = 1 << p;
        double[] r2 = new double[subsets];
        double[] a = new double[p * p];
        double[] b = new double[p];
        int[] members = new int[p];
        for (int mask = 1; mask < subsets; mask++)
        {
            if ((mask & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int s = 0;
            for (int j = 0; j < p; j++)
            {
                if ((mask & (1 << j)) != 0)
                {
                    members[s++] = j;
                }
            }

            r2[mask] = SubsetRSquared(correlations, p, members, s, a, b);
        }

        // weight[s] = s!(p − s − 1)!/p!, built as a product to avoid large factorials.
        double[] weight = new double[p];
        for (int s = 0; s < p; s++)
        {
            double w = 1.0 / p;
            for (int t = 1; t <= s; t++)
            {
                w *= (double)t / (p - t);
            }

            weight[s] = w;
        }

        double[] phi = new double[p];
        for (int mask = 0; mask < subsets; mask++)
        {
            int size = System.Numerics.BitOperations.PopCount((uint)mask);
            for (int j = 0; j < p; j++)
            {
                int bit = 1 << j;
                if ((mask & bit) == 0)
                {
                    phi[j] += weight[size] * (r2[mask | bit] - r2[mask]);
                }
            }
        }

        return phi;
    }

    /// <summary>r_Sᵀ R_SS⁻¹ r_S by Cholesky (R_SS is positive definite when the full matrix is).</summary>
    private static double SubsetRSquared(double[,] correlations, int p, int[] members, int s, double[] a, double[] b)
    {
        for (int u = 0; u < s; u++)
        {
            b[u] = correlations[members[u], p];
            for (int v = 0; v <= u; v++)
            {
                a[(u * s) + v] = correlations[members[u], members[v]];
            }
        }

        // In-place Cholesky A = LLᵀ (lower triangle), then forward substitution L y = b; R² = yᵀy.
        for (int u = 0; u < s; u++)
        {
            for (int v = 0; v <= u; v++)
            {
                double sum = a[(u * s) + v];
                for (int w = 0; w < v; w++)
                {
                    sum -= a[(u * s) + w] * a[(v * s) + w];
                }

                a[(u * s) + v] = u == v ? Math.Sqrt(sum) : sum / a[(v * s) + v];
            }
        }

        double total = 0;
        for (int u = 0; u < s; u++)
        {
            double sum = b[u];
            for (int w = 0; w < u; w++)
            {
                sum -= a[(u * s) + w] * b[w];
            }

            b[u] = sum / a[(u * s) + u];
            total += b[u] * b[u];
        }

        return total;
    }

    internal static (ConfidenceInterval[] Intervals, int Failures) Bootstrap(double[][] columns, KeyDriverOptions options, CancellationToken cancellationToken = default)
    {
        int p = columns.Length - 1, n = columns[p].Length;
        var intervals = new ConfidenceInterval[p];
        if (options.BootstrapSamples == 0)
        {
            Array.Fill(intervals, ConfidenceInterval.Undefined(options.Confidence));
            return (intervals, 0);
        }

        var random = new Random(options.Seed);
        var samples = new List<double>[p];
        for (int j = 0; j < p; j++)
        {
            samples[j] = new List<double>(options.BootstrapSamples);
        }

        int failures = 0;
        int[] rows = new int[n];
        for (int b = 0; b < options.BootstrapSamples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < n; i++)
            {
                rows[i] = random.Next(n);
            }

            double[,] correlations = Correlations(columns, rows, out int constant);
            double[]? weights = constant >= 0 ? null : RelativeWeights(correlations, p);
            if (weights is null)
            {
                failures++;
                continue;
            }

            for (int j = 0; j < p; j++)
            {
                samples[j].Add(weights[j]);
            }
        }

        double tail = (1 - options.Confidence) / 2;
        for (int j = 0; j < p; j++)
        {
            if (samples[j].Count < 2)
            {
                intervals[j] = ConfidenceInterval.Undefined(options.Confidence);
                continue;
            }

            double[] sorted = samples[j].ToArray();
            Array.Sort(sorted);
            intervals[j] = ConfidenceInterval.FromBounds(Resampling.Quantile(sorted, tail), Resampling.Quantile(sorted, 1 - tail), options.Confidence);
        }

        return (intervals, failures);
    }
}
