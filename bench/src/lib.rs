//! gainsay's benchmarks (`benches/`): the splitter against its peers, and the pipeline on
//! BBC News and a synthetic corpus. The package has no code of its own.
