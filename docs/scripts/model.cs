#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using CxCore;
using CxCore.Service;
using NodaTime;

var ann = CustomerId.From("C-1001");
Instant t0 = Instant.FromUtc(2025, 3, 3, 9, 15);
LifecycleModel lifecycle = LifecycleModel.Default;

// Two touchpoints: a failed self-service visit, then a successful call about the same need (a repeat contact).
var faq = new Touchpoint("tp-1", ann, t0, Channel.SelfService, lifecycle.GetStage("Support"), Department.CustomerService,
    Initiator.Customer, TouchpointOutcome.Failed, topic: "billing error");
var call = new Touchpoint("tp-2", ann, t0 + Duration.FromMinutes(40), Channel.Phone, lifecycle.GetStage("Support"),
    Department.Billing, Initiator.Customer, TouchpointOutcome.Succeeded,
    handleTime: Duration.FromMinutes(7), waitTime: Duration.FromMinutes(2), topic: "billing error");

// A CSAT answer about the call (transactional) and a relationship NPS answer.
var csat = new Feedback("fb-1", ann, call.At + Duration.FromHours(1), FeedbackInstrument.Csat, 4, touchpointId: call.Id);
var nps = new Feedback("fb-2", ann, t0 + Duration.FromDays(20), FeedbackInstrument.Nps, 9, comment: "Sorted quickly in the end");

// The call opened a case in the helpdesk.
var serviceCase = new ServiceCase("case-77", ann, Channel.Phone, CasePriority.Normal,
[
    CaseEvent.Opened(call.At),
    CaseEvent.AgentReply(call.At + Duration.FromMinutes(2)),
    CaseEvent.StatusChanged(call.At + Duration.FromMinutes(2), CaseStatus.Open),
    CaseEvent.StatusChanged(call.At + Duration.FromMinutes(9), CaseStatus.Solved),
]);

// The journey sorts everything by time and checks it all belongs to Ann.
Journey journey = Journey.Create(ann, [call, faq], [nps, csat], JourneyOutcome.Renewed);
Console.WriteLine($"{journey.Customer}: {journey.Touchpoints.Count} touchpoints, {journey.Feedback.Count} answers over {journey.Span}");
Console.WriteLine($"First touchpoint: {journey.Touchpoints[0].Channel} ({journey.Touchpoints[0].Outcome}); outcome {journey.Outcome}");
Console.WriteLine($"Case {serviceCase.Id} is {serviceCase.CurrentStatus}; an hour after the call it was {serviceCase.StatusAt(call.At + Duration.FromHours(1))}");
