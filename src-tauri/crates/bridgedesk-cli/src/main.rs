//! `bridgedesk-cli`: the headless side of Bridgedesk, for scripts and benchmarks.
//!
//! ```text
//! bridgedesk-cli generate --db FILE [--demo | --scale --conversations N --messages M] [--seed S]
//! bridgedesk-cli stats    --db FILE
//! bridgedesk-cli search   --db FILE [--limit N] QUERY…
//! bridgedesk-cli bench    --db FILE [--iterations N]
//! bridgedesk-cli bench-triage [--messages N] [--rules R]
//! bridgedesk-cli mail sync --db FILE --imap-host H --imap-port P --security S --user U
//! bridgedesk-cli mail account add|list|remove --db FILE …
//! ```
//! Output is in the locale of `BRIDGEDESK_LOCALE` or the OS (Fluent, the app's own files).

mod args;
mod bench;
mod bench_triage;
mod generate;
mod mail;

use args::Args;
use bridgedesk_core::{AgentEnvironment, Localizer};
use bridgedesk_model::InboxFilter;
use bridgedesk_store::Store;
use fluent_bundle::FluentValue;
use std::process::ExitCode;

pub(crate) const USAGE: &str = "usage:
  bridgedesk-cli generate --db FILE [--demo | --scale --conversations N --messages M] [--seed S]
  bridgedesk-cli stats    --db FILE
  bridgedesk-cli search   --db FILE [--limit N] QUERY...
  bridgedesk-cli bench    --db FILE [--iterations N]
  bridgedesk-cli bench-triage [--messages N] [--rules R]
  bridgedesk-cli mail sync --db FILE --imap-host H --imap-port P --security plain|tls|starttls --user U
                           (password in BRIDGEDESK_MAIL_PASSWORD)
  bridgedesk-cli mail account add --db FILE --name N --from ADDRESS --imap-host H --imap-port P
                           --security S [--smtp-host H --smtp-port P --smtp-security S] --user U
                           [--keep-closed-in-inbox]  (closing keeps the mail in INBOX)
  bridgedesk-cli mail account list --db FILE
  bridgedesk-cli mail account remove --db FILE --id N";

/// The CLI's own output language.
pub struct Output {
    localizer: Localizer,
    locale: String,
}

impl Output {
    fn new() -> Self {
        let localizer = Localizer::embedded();
        let environment = AgentEnvironment::from_os();
        let requested: Vec<&str> = environment.locales.iter().map(String::as_str).collect();
        let locale = localizer.negotiate(&requested);
        Self { localizer, locale }
    }

    /// Formats a message of locales/*/shell.ftl.
    pub fn say(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.localizer.format(&self.locale, id, args)
    }
}

fn main() -> ExitCode {
    let mut args = Args::from_env();
    let Some(command) = args.command() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let out = Output::new();
    let result = match command.as_str() {
        "generate" => generate::run(&mut args, &out),
        "stats" => stats(&mut args, &out),
        "search" => search(&mut args, &out),
        "bench" => bench::run(&mut args),
        "bench-triage" => bench_triage::run(&mut args),
        "mail" => mail::run(&mut args, &out),
        _ => Err(format!("unknown command {command:?}\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a line; unlike `println!`, a closed pipe (`| head`) is ignored instead of panicking.
pub fn emit(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// The `--db FILE` argument.
pub fn db_path(args: &mut Args) -> Result<String, String> {
    args.value("--db")
        .ok_or_else(|| format!("--db FILE is required\n{USAGE}"))
}

/// Opens the store at `path`.
pub fn open_store(path: &str) -> Result<Store, String> {
    Store::open(std::path::Path::new(path)).map_err(|err| format!("{err}"))
}

fn stats(args: &mut Args, out: &Output) -> Result<(), String> {
    let store = open_store(&db_path(args)?)?;
    let stats = store.stats().map_err(|e| e.to_string())?;
    let megabytes = format!("{:.1}", stats.file_bytes as f64 / 1_048_576.0);
    emit(&out.say(
        "cli-stats",
        &[
            ("stores", stats.stores.into()),
            ("customers", stats.customers.into()),
            ("orders", stats.orders.into()),
            ("conversations", stats.conversations.into()),
            ("messages", stats.messages.into()),
            ("queued", stats.queued_replies.into()),
            ("schema", stats.schema_version.into()),
            ("megabytes", megabytes.into()),
        ],
    ));
    Ok(())
}

fn search(args: &mut Args, out: &Output) -> Result<(), String> {
    let store = open_store(&db_path(args)?)?;
    let limit: u32 = args.number("--limit").unwrap_or(20);
    let query = args.rest().join(" ");
    let filter = InboxFilter {
        query: Some(query.clone()),
        ..Default::default()
    };
    let page = store
        .inbox_page(&filter, 0, limit)
        .map_err(|e| e.to_string())?;
    if page.total == 0 {
        emit(&out.say("cli-search-none", &[("query", query.as_str().into())]));
        return Ok(());
    }
    let capped = if page.total_capped { "yes" } else { "no" };
    emit(&out.say(
        "cli-search-count",
        &[
            ("count", page.total.into()),
            ("query", query.as_str().into()),
            ("capped", capped.into()),
        ],
    ));
    for item in page.items {
        println!(
            "{:>8}  {:<12} {:<24} {}",
            item.id,
            item.channel.as_str(),
            item.customer_name,
            item.subject
        );
    }
    Ok(())
}
