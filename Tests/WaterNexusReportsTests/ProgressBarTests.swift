import Testing
import WaterNexusReports

/// Collects what a progress bar writes.
final class Capture: @unchecked Sendable {
    var writes: [String] = []
}

struct ProgressBarTests {
    func bar(quiet: Bool = false, terminal: Bool = true, env: [String: String] = [:], capture: Capture) -> ProgressBar {
        ProgressBar(total: 4, label: "solving", quiet: quiet, isTerminal: terminal, environment: env) { capture.writes.append($0) }
    }

    @Test func drawsOnlyOnATerminalAndWhenNotQuiet() {
        for (quiet, terminal) in [(true, true), (false, false), (true, false)] {
            let capture = Capture()
            var progress = bar(quiet: quiet, terminal: terminal, capture: capture)
            progress.update(completed: 1)
            progress.finish()
            #expect(capture.writes.isEmpty)
        }
    }

    @Test func plainWhenNoColorIsSet() {
        let capture = Capture()
        var progress = bar(env: ["NO_COLOR": "1"], capture: capture)
        progress.barWidth = 8
        progress.update(completed: 1)
        progress.update(completed: 1)  // unchanged: not redrawn
        progress.increment()
        progress.finish()
        // 1/4 of 8 cells = 2 filled; 2/4 = 4 filled.
        #expect(capture.writes == ["\rsolving [##------] 1/4 25%\u{1B}[K", "\rsolving [####----] 2/4 50%\u{1B}[K", "\n"])
    }

    @Test func coloursTheFilledPartOtherwise() {
        let capture = Capture()
        var progress = bar(env: ["NO_COLOR": ""], capture: capture)
        progress.barWidth = 4
        progress.update(completed: 7)  // clamped to the total
        #expect(capture.writes == ["\rsolving [\u{1B}[32m####\u{1B}[0m] 4/4 100%\u{1B}[K"])
    }
}
