namespace CxCore.Lifecycle;

/// <summary>How <see cref="CoxModel"/> treats events at the same time.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum CoxTieMethod
{
    /// <summary>Efron's approximation (1977), R's <c>coxph</c> default: the tied events leave the risk set gradually.</summary>
    Efron = 0,

    /// <summary>Breslow's approximation (1974): every tied event sees the whole risk set.</summary>
    Breslow = 1,
}
