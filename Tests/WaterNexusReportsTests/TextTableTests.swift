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

struct TextTableWidthTests {
    /// Chinese characters take two terminal columns: "浦江" is 4 columns wide, like "Pujiang" is 7.
    @Test func alignsWideCharacters() {
        var table = TextTable(headers: ["county", "x"])
        table.append(["浦江", "1.00"])
        table.append(["Pujiang", "2.00"])
        #expect(table.render() == """
        county      x
        -------  ----
        浦江     1.00
        Pujiang  2.00
        """)
    }
}
