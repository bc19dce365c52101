using System;
using System.Threading;

namespace CxCore.Simulation;

/// <summary>
/// Generates seeded synthetic customer-experience data (customers, touchpoints, feedback, service cases and journeys)
/// together with the <see cref="GroundTruth"/> it was drawn from, for tests, demonstrations and method checks.
/// </summary>
/// <remarks>
/// <para><b>The generative story.</b> For each customer, independently and in order:</para>
/// <list type="number">
/// <item><description>
/// A plan, a region and a tier are drawn by their shares and a time zone uniformly from
/// <see cref="SyntheticCxOptions.TimeZoneIds"/>. The initial latent satisfaction is
/// s ~ Normal(baseline + plan shift + region shift + tier shift, sd).
/// </description></item>
/// <item><description>
/// The journey starts at a uniform instant in the first 60 % of the period and has n = 3 + Poisson(mean − 3)
/// touchpoints at uniform instants between its start and the end of the period, moved to 08:00–21:00 local time.
/// The first three are Awareness, Consideration and Purchase (the purchase instant is the customer's acquisition);
/// the others draw their stage from Onboarding, Usage, Support, Renewal and Advocacy (weights 1, 3, 2.5, 0.8, 0.4) and
/// are sorted, so the journey moves through the stages of <see cref="LifecycleModel.Default"/> in order.
/// </description></item>
/// <item><description>
/// Each touchpoint draws a plausible channel, department and initiator for its stage (for example Support: phone,
/// email, chat, chatbot, self-service or social media with customer service or billing, customer-initiated). Support
/// contacts carry a topic; after a failed or abandoned one the next support contact repeats its topic with
/// probability 0.6. Real-time contacts (phone, chat, in store) wait an exponential time (means 3, 1.5 and 4 minutes).
/// </description></item>
/// <item><description>
/// The outcome is Abandoned with the channel's abandon rate (customer-initiated phone 0.06, chat 0.04, chatbot 0.10,
/// else 0), else Failed with the department's failure rate, else Succeeded. Then s moves:
/// + the channel effect; + <see cref="SyntheticCxOptions.SuccessEffect"/> on success;
/// − <see cref="SyntheticCxOptions.FailureEffect"/> on failure; − <see cref="SyntheticCxOptions.AbandonEffect"/> when
/// abandoned; − <see cref="SyntheticCxOptions.RepeatContactEffect"/> for a customer-initiated contact whose topic the
/// customer raised before; − <see cref="SyntheticCxOptions.LongWaitEffect"/> for a wait over
/// <see cref="SyntheticCxOptions.LongWait"/>.
/// </description></item>
/// <item><description>
/// On reaching the Renewal stage (or at the end when it never does) the customer churns with probability
/// 1 / (1 + e^(3 + 1.5 s)); a churned journey stops there with outcome Churned. Other journeys end Renewed when they
/// reached Renewal, else Converted.
/// </description></item>
/// <item><description>
/// A share <see cref="SyntheticCxOptions.SurveyResponseRate"/> of customers answer surveys: one relationship NPS after
/// a uniformly chosen touchpoint from the purchase on, rating round(clamp(7 + 2 s + ε, 0, 10)) with ε ~ Normal(0, 1)
/// and s the satisfaction at that moment; and, each with probability
/// <see cref="SyntheticCxOptions.TransactionalSurveyRate"/>, a CSAT after purchase, onboarding and support
/// touchpoints, round(clamp(3.6 + 0.6 s + o + 0.7 ε, 1, 5)) with o = +0.5, −1.5 for success, failure, and a CES after
/// customer-initiated customer-service touchpoints, round(clamp(5 + 0.5 s + o − r − w + 0.8 ε, 1, 7)) with o = +0.8, −2
/// for success, failure, r = 1 for a repeat contact and w = 0.7 for a long wait. Abandoned touchpoints are not rated.
/// </description></item>
/// <item><description>
/// Every customer-initiated support contact except self-service and abandoned ones opens a service case (priority
/// Low 0.2, Normal 0.55, High 0.2, Urgent 0.05). Agents reply and resolve in business time, Monday to Friday
/// 09:00–17:00 in the customer's zone: first reply after an exponential business time (mean 3 minutes for real-time
/// channels, else 1, 2, 4 or 8 hours from Urgent to Low); 30 % of cases wait on the customer once; resolution after an
/// exponential business time (mean 2, 4, 8 or 16 hours), or at the end of the contact when a real-time contact
/// succeeded; chatbot contacts are contained by the bot with probability 0.6 when they succeed, else handed off.
/// Half the cases of failed touchpoints are reopened after an exponential 2 days; solved cases close 4 days later. A
/// share <see cref="SyntheticCxOptions.StalledServiceCaseShare"/> stall after the first reply and are never solved; events
/// after the end of the period are cut, so recent cases may be open too.
/// </description></item>
/// </list>
/// <para>
/// Every agent reply lies inside business hours. The random numbers come from one xoshiro256** generator seeded with
/// <see cref="SyntheticCxOptions.Seed"/>, so the same options give the same data on every platform and run. Clamping
/// ratings is part of the model here; CxCore never clamps input data.
/// </para>
/// </remarks>
public static class SyntheticCx
{
    /// <summary>Generates a data set from <paramref name="options"/>.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <param name="cancellationToken">Cancels the generation; checked before every 1,024th customer.</param>
    /// <returns>The data and its ground truth.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A setting is invalid (a list is null or empty, a segment name repeats, a time-zone id is unknown, a
    /// department or channel rate is missing); the message names the setting.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A numeric setting is outside its documented range; the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// Time and memory are proportional to the number of touchpoints: one million (100,000 customers) allocate about
    /// 400 MB, nearly all of it the returned objects, and take one to two seconds of CPU, much of it garbage collection.
    /// </remarks>
    public static SyntheticCxData Generate(SyntheticCxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SyntheticCxGenerator(options).Run(cancellationToken);
    }
}
