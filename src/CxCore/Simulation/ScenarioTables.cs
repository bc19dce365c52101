using System.Collections.Generic;

namespace CxCore.Simulation;

/// <summary>
/// The fixed scenario of the synthetic data (documented on <see cref="SyntheticCx"/>): which channels and departments
/// each stage uses, the topics each department hears about, how each channel behaves, and the case priorities.
/// </summary>
internal static class ScenarioTables
{
    /// <summary>Ordinals of the stages of <see cref="LifecycleModel.Default"/> that the story refers to.</summary>
    internal const int Awareness = 0, Consideration = 1, Purchase = 2, Onboarding = 3, Support = 5, Renewal = 6;

    /// <summary>The probability that the next support contact repeats the topic of a failed or abandoned one.</summary>
    internal const double RepeatTopicProbability = 0.6;

    /// <summary>The share of cases that wait on the customer once.</summary>
    internal const double PendingProbability = 0.3;

    /// <summary>The probability that the bot contains a successful chatbot contact.</summary>
    internal const double BotContainmentProbability = 0.6;

    /// <summary>The share of cases of failed touchpoints that are reopened.</summary>
    internal const double ReopenProbability = 0.5;

    /// <summary>Weights of the stages Onboarding..Advocacy for touchpoints after the first three.</summary>
    internal static readonly double[] LaterStageWeights = [1.0, 3.0, 2.5, 0.8, 0.4];

    /// <summary>Per stage ordinal: the (channel, department, initiator, weight) choices, drawn by weight in this order.</summary>
    internal static readonly StageChoice[][] StageChoices =
    [
        [
            new(Channel.Website, Department.Marketing, Initiator.Customer, 3), new(Channel.SocialMedia, Department.Marketing, Initiator.Company, 3),
            new(Channel.Email, Department.Marketing, Initiator.Company, 2), new(Channel.Mail, Department.Marketing, Initiator.Company, 1),
        ],
        [
            new(Channel.Website, Department.Sales, Initiator.Customer, 3), new(Channel.Chat, Department.Sales, Initiator.Customer, 2),
            new(Channel.Phone, Department.Sales, Initiator.Customer, 1), new(Channel.InStore, Department.Sales, Initiator.Customer, 1),
        ],
        [
            new(Channel.Website, Department.Sales, Initiator.Customer, 3), new(Channel.MobileApp, Department.Sales, Initiator.Customer, 1),
            new(Channel.InStore, Department.Sales, Initiator.Customer, 1), new(Channel.Phone, Department.Sales, Initiator.Customer, 1),
        ],
        [
            new(Channel.Email, Department.Product, Initiator.Company, 2), new(Channel.Phone, Department.CustomerService, Initiator.Company, 1),
            new(Channel.FieldService, Department.FieldOperations, Initiator.Company, 1),
        ],
        [
            new(Channel.MobileApp, Department.Product, Initiator.Customer, 4), new(Channel.Website, Department.Product, Initiator.Customer, 3),
            new(Channel.Email, Department.Billing, Initiator.Company, 2), new(Channel.Mail, Department.Billing, Initiator.Company, 0.5),
        ],
        [
            new(Channel.Phone, Department.CustomerService, Initiator.Customer, 3), new(Channel.Email, Department.CustomerService, Initiator.Customer, 2),
            new(Channel.Chat, Department.CustomerService, Initiator.Customer, 2), new(Channel.Chatbot, Department.CustomerService, Initiator.Customer, 2),
            new(Channel.SelfService, Department.CustomerService, Initiator.Customer, 2), new(Channel.SocialMedia, Department.CustomerService, Initiator.Customer, 0.5),
            new(Channel.FieldService, Department.FieldOperations, Initiator.Customer, 0.5), new(Channel.Phone, Department.Billing, Initiator.Customer, 1),
        ],
        [
            new(Channel.Email, Department.Sales, Initiator.Company, 2), new(Channel.Phone, Department.Sales, Initiator.Company, 1),
            new(Channel.Email, Department.Billing, Initiator.Company, 1),
        ],
        [new(Channel.SocialMedia, Department.Marketing, Initiator.Customer, 2), new(Channel.Email, Department.Quality, Initiator.Company, 1)],
    ];

    /// <summary>The topics of support contacts handled by each department (drawn uniformly).</summary>
    internal static readonly IReadOnlyDictionary<Department, string[]> TopicsByDepartment = new Dictionary<Department, string[]>
    {
        [Department.Marketing] = ["campaign question"],
        [Department.Sales] = ["pricing question", "contract question"],
        [Department.Product] = ["feature request", "product defect"],
        [Department.CustomerService] = ["login problem", "how-to question", "product defect", "delivery delay", "account change", "cancellation request"],
        [Department.Billing] = ["billing error", "refund request", "payment failed"],
        [Department.FieldOperations] = ["repair visit", "installation problem"],
        [Department.Quality] = ["complaint follow-up"],
    };

    /// <summary>How each well-known channel behaves (see <see cref="ChannelProfile"/>).</summary>
    internal static readonly IReadOnlyDictionary<Channel, ChannelProfile> Channels = new Dictionary<Channel, ChannelProfile>
    {
        [Channel.Phone] = new(AbandonRate: 0.06, WaitMinutes: 3, HandleMinutes: 6, RealTime: true),
        [Channel.Email] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 5, RealTime: false),
        [Channel.Chat] = new(AbandonRate: 0.04, WaitMinutes: 1.5, HandleMinutes: 10, RealTime: true),
        [Channel.Chatbot] = new(AbandonRate: 0.10, WaitMinutes: 0, HandleMinutes: 3, RealTime: true),
        [Channel.SocialMedia] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 4, RealTime: false),
        [Channel.Website] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 0, RealTime: false),
        [Channel.MobileApp] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 0, RealTime: false),
        [Channel.InStore] = new(AbandonRate: 0, WaitMinutes: 4, HandleMinutes: 12, RealTime: true),
        [Channel.FieldService] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 75, RealTime: false),
        [Channel.Mail] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 0, RealTime: false),
        [Channel.SelfService] = new(AbandonRate: 0, WaitMinutes: 0, HandleMinutes: 0, RealTime: false),
    };

    /// <summary>Case priorities Low..Urgent: cumulative probabilities.</summary>
    internal static readonly double[] PriorityCumulative = [0.2, 0.75, 0.95, 1.0];

    /// <summary>Case priorities Low..Urgent: mean business hours to the first reply (channels that are not real-time).</summary>
    internal static readonly double[] FirstReplyHours = [8, 4, 2, 1];

    /// <summary>Case priorities Low..Urgent: mean business hours to resolution.</summary>
    internal static readonly double[] ResolutionHours = [16, 8, 4, 2];
}
