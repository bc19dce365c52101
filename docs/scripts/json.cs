#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using System.Text.Json;
using CxCore;
using CxCore.Serialization;
using CxCore.Service;
using NodaTime;

// A touchpoint in a custom lifecycle model, written and read back with CxCore's JSON form.
LifecycleModel sales = LifecycleModel.Create("Sales", "Lead", "Demo", "Deal");
var call = new Touchpoint(
    "T-1", CustomerId.From("C-42"), Instant.FromUtc(2025, 3, 1, 9, 30, 0).PlusNanoseconds(250),
    Channel.Phone, sales.GetStage("Demo"), Department.Sales, Initiator.Company, TouchpointOutcome.Succeeded,
    handleTime: Duration.FromMinutes(42));

string json = CxJson.Serialize(call);
Console.WriteLine(json);
Touchpoint back = CxJson.Deserialize<Touchpoint>(json)!;
Console.WriteLine($"Round trip equal: {back.Equals(call)}; stage {back.Stage} of {back.Stage.Model}");

// Lists of model types read through CxJson too (trim- and AOT-safe); JsonSerializer with any options gives the same form.
IReadOnlyList<Touchpoint> list = CxJson.Deserialize<IReadOnlyList<Touchpoint>>($"[{json}]")!;
Console.WriteLine($"Read a list of {list.Count} touchpoint(s).");

// Invalid input is a JsonException whose Path says where: here the second event is earlier than the first.
const string badCase = """
    {"id":"S-1","customer":"C-42","channel":"Chat","priority":"normal",
     "events":[{"at":"2025-03-01T10:00:00Z","kind":"opened"},{"at":"2025-03-01T09:00:00Z","kind":"agentReply"}]}
    """;
try
{
    CxJson.Deserialize<ServiceCase>(badCase);
}
catch (JsonException ex)
{
    Console.WriteLine($"Rejected at {ex.Path}: {ex.Message}");
}
