import ArgumentParser

/// The exit statuses of `nexus`, shown in `nexus --help` and the README.
enum ExitStatus {
    /// The model is proven infeasible (`solve`, `istp`, `network`).
    static let infeasible = ExitCode(2)
    /// A reported lower bound was beaten by a feasible point (`compare` on a network model).
    static let certificateBreach = ExitCode(3)

    static let help = """
        Exit status:
          0   success
          1   a file is wrong ("FILE:LINE: problem — fix"), an output
              cannot be written, or a solver failed
          2   the model is proven infeasible (solve, istp, network)
          3   a feasible point beats a reported lower bound (compare)
          64  the command line is wrong (the usage text follows)
        """
}
