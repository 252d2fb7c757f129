//! The `accord` server binary: parse the command line and hand over to the server.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    accord::server::allocator::return_freed_memory_promptly();
    accord::server::cli::run().await
}
