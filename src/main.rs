//! The `accord` server binary: parse the command line and hand over to the server.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    accord::server::cli::run().await
}
