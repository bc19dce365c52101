using System;

namespace CxCore.Simulation;

/// <summary>The ids of generated items: <c>&lt;customer&gt;-&lt;kind&gt;&lt;number&gt;</c>.</summary>
internal static class SyntheticIds
{
    /// <summary>The next feedback id of a customer (<c>F</c>, at least one digit); advances <paramref name="count"/>.</summary>
    internal static string Feedback(string customer, ref int count) => Child(customer, 'F', count++, 1);

    /// <summary>"&lt;customer&gt;-&lt;kind&gt;&lt;number&gt;", the number zero-padded to at least <paramref name="minimumDigits"/>, in one allocation.</summary>
    internal static string Child(string customer, char kind, int number, int minimumDigits)
    {
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        digits = Math.Max(minimumDigits, digits);
        return string.Create(customer.Length + 2 + digits, (customer, kind, number), static (span, state) =>
        {
            state.customer.AsSpan().CopyTo(span);
            span[state.customer.Length] = '-';
            span[state.customer.Length + 1] = state.kind;
            int value = state.number;
            for (int i = span.Length - 1; i >= state.customer.Length + 2; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        });
    }
}
