import Testing
import WaterNexusReports

struct TextTableTests {
    @Test func rendersAlignedColumns() {
        var table = TextTable(headers: ["source", "x (Mm³/yr)"])
        table.append(["LR", NumberFormat.fixed(120.5)])
        table.append(["Pujiang", NumberFormat.fixed(-0.001)])
        #expect(table.render() == """
        source   x (Mm³/yr)
        -------  ----------
        LR           120.50
        Pujiang        0.00
        """)
    }

    @Test func csvQuotesWhenNeeded() {
        var csv = CSVTable(header: ["name", "note"])
        csv.append(["a,b", "say \"hi\""])
        #expect(csv.render() == "name,note\n\"a,b\",\"say \"\"hi\"\"\"\n")
    }
}
