//! The `whosaid` command line: the only part of the project that prints.
//!
//! `whosaid annotate` marks speakers, claims and caveats in articles and shows them (text, JSON or
//! brat standoff); `whosaid eval` scores the annotator (or a folder of predictions) against gold
//! data with the same figures as `shared/tools/score-brat.py`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand, ValueEnum};
use whosaid::eval::{self, AnnotateOptions};
use whosaid::{brat, Analysis, Annotator, Error, Unit};

#[path = "whosaid/render.rs"]
mod render;

#[derive(Parser)]
#[command(name = "whosaid", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Mark speakers, claims and caveats in articles.
    ///
    /// Reads each FILE (UTF-8 text; `-` or no FILE at all reads standard input) and writes its
    /// analysis. A file that cannot be read, or is not UTF-8, gets one line on standard error; the
    /// other files are still processed, and the exit code is 1.
    ///
    /// Formats:
    ///   text  the article with its marks (coloured on a terminal; `[source] <cue> {content}
    ///         _caveat_` otherwise or when NO_COLOR is set), then who said what and the caveats
    ///   json  the analysis with offsets in Unicode code points; with several files, one JSON
    ///         object keyed by each file name as given on the command line
    ///   brat  brat standoff (.ann, code-point offsets); with --out-dir, NAME.ann and a copy of
    ///         the text as NAME.txt are written there (needed for several files), otherwise the
    ///         .ann goes to standard output
    #[command(verbatim_doc_comment)]
    Annotate {
        /// Text files to annotate; `-` is standard input.
        files: Vec<PathBuf>,
        #[arg(short, long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Folder for brat output (created if needed).
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// When to colour the text format.
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
    },
    /// Score against a gold folder (GOLD_DIR/text/*.txt and GOLD_DIR/attributions/*.ann).
    ///
    /// Annotates every GOLD_DIR/text/*.txt and prints the figures `score-brat.py GOLD_DIR PRED`
    /// would print for those predictions. With --pred-dir, scores the .ann files there instead.
    Eval {
        gold_dir: PathBuf,
        /// Also list every miss and false alarm in context, grouped by cause.
        #[arg(long, conflicts_with = "json")]
        errors: bool,
        /// Print the figures as score-brat.py --json does.
        #[arg(long)]
        json: bool,
        /// Score the existing NAME.ann files in DIR instead of annotating.
        #[arg(long, value_name = "DIR")]
        pred_dir: Option<PathBuf>,
        /// Write the predictions as DIR/NAME.ann (created if needed).
        #[arg(long, value_name = "DIR", conflicts_with = "pred_dir")]
        write_pred: Option<PathBuf>,
        /// Annotating threads.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..))]
        threads: u16,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Brat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate {
            files,
            format,
            out_dir,
            color,
        } => annotate(files, format, out_dir.as_deref(), color),
        Command::Eval {
            gold_dir,
            errors,
            json,
            pred_dir,
            write_pred,
            threads,
        } => evaluate(
            &gold_dir,
            errors,
            json,
            pred_dir.as_deref(),
            write_pred.as_deref(),
            threads.into(),
        ),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            fail(&e);
            ExitCode::FAILURE
        }
    }
}

fn fail(e: &dyn std::fmt::Display) {
    eprintln!("whosaid: {e}");
}

fn stdout_write(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        // A closed pipe (`whosaid … | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(Error::Io {
            path: PathBuf::from("<stdout>"),
            source: e,
        }),
        Ok(()) => Ok(()),
    }
}

/// One input: its display name and where it comes from.
struct Input {
    name: String,
    path: Option<PathBuf>,
}

fn read_input(input: &Input) -> Result<String, Error> {
    match &input.path {
        Some(p) => whosaid::error::read_text(p),
        None => {
            let mut bytes = Vec::new();
            let stdin = PathBuf::from("<stdin>");
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Io {
                    path: stdin.clone(),
                    source,
                })?;
            String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
                path: stdin,
                offset: e.utf8_error().valid_up_to(),
            })
        }
    }
}

fn annotate(
    files: Vec<PathBuf>,
    format: Format,
    out_dir: Option<&Path>,
    color: Color,
) -> Result<ExitCode, Error> {
    let inputs: Vec<Input> = if files.is_empty() {
        vec![Input {
            name: "-".into(),
            path: None,
        }]
    } else {
        files
            .into_iter()
            .map(|p| Input {
                name: p.display().to_string(),
                path: (p.as_os_str() != "-").then_some(p),
            })
            .collect()
    };
    if format == Format::Brat && out_dir.is_none() && inputs.len() > 1 {
        fail(&"brat output of several files needs --out-dir DIR");
        return Ok(ExitCode::from(2));
    }
    if let Some(dir) = out_dir {
        if format != Format::Brat {
            fail(&"--out-dir is only for --format brat");
            return Ok(ExitCode::from(2));
        }
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let color = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };

    let annotator = Annotator::new();
    let mut failed = false;
    let mut json_items: Vec<(String, String)> = Vec::new();
    let mut written: Vec<String> = Vec::new();
    for (n, input) in inputs.iter().enumerate() {
        let text = match read_input(input) {
            Ok(t) => t,
            Err(e) => {
                fail(&e);
                failed = true;
                continue;
            }
        };
        let analysis = annotator.annotate(&text);
        match format {
            Format::Text => {
                let mut out = String::new();
                if inputs.len() > 1 {
                    if n > 0 {
                        out.push('\n');
                    }
                    out.push_str(&format!("== {} ==\n", input.name));
                }
                out.push_str(&render::article(&text, &analysis, color));
                out.push_str(&render::summary(&text, &analysis, color));
                stdout_write(&out)?;
            }
            Format::Json => json_items.push((input.name.clone(), to_json(&text, &analysis))),
            Format::Brat => {
                let ann = brat::to_ann(&text, &analysis);
                let Some(dir) = out_dir else {
                    stdout_write(&ann)?;
                    continue;
                };
                let stem = match &input.path {
                    Some(p) => p
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_else(|| "stdin".into()),
                    None => "stdin".into(),
                };
                if written.contains(&stem) {
                    fail(&format!(
                        "{}: another input already wrote {stem}.ann; rename one of them",
                        input.name
                    ));
                    failed = true;
                    continue;
                }
                let write = |name: String, body: &str| {
                    let path = dir.join(name);
                    std::fs::write(&path, body).map_err(|source| Error::Io { path, source })
                };
                if let Err(e) = write(format!("{stem}.ann"), &ann)
                    .and_then(|_| write(format!("{stem}.txt"), &text))
                {
                    fail(&e);
                    failed = true;
                    continue;
                }
                written.push(stem);
            }
        }
    }
    if format == Format::Json {
        let out = if inputs.len() == 1 {
            // One input: the analysis itself (nothing when it could not be read).
            json_items
                .first()
                .map(|(_, j)| format!("{j}\n"))
                .unwrap_or_default()
        } else {
            let items: Vec<String> = json_items
                .iter()
                .map(|(name, j)| {
                    let key = serde_json::to_string(name).unwrap_or_default();
                    format!("  {key}: {}", j.replace('\n', "\n  "))
                })
                .collect();
            format!("{{\n{}\n}}\n", items.join(",\n"))
        };
        stdout_write(&out)?;
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The analysis with code-point offsets, as pretty JSON.
fn to_json(text: &str, analysis: &Analysis) -> String {
    let converted = analysis.in_unit(text, Unit::CodePoints);
    serde_json::to_string_pretty(&converted).unwrap_or_else(|e| format!("{{\"error\": {e:?}}}"))
}

/// A progress bar on standard error, drawn only when it is a terminal.
struct Progress {
    on: bool,
    last: Mutex<usize>,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            on: std::io::stderr().is_terminal(),
            last: Mutex::new(usize::MAX),
        }
    }

    fn update(&self, done: usize, total: usize) {
        if !self.on || total == 0 {
            return;
        }
        const WIDTH: usize = 30;
        let filled = done * WIDTH / total;
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        // Redraw when the bar grows or at the end; threads may report out of order.
        if *last != usize::MAX && filled <= *last && done != total {
            return;
        }
        *last = filled;
        eprint!(
            "\r[{}{}] {done}/{total} documents",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled)
        );
        if done == total {
            eprint!("\r\x1b[2K");
        }
    }
}

fn evaluate(
    gold_dir: &Path,
    errors: bool,
    json: bool,
    pred_dir: Option<&Path>,
    write_pred: Option<&Path>,
    threads: usize,
) -> Result<ExitCode, Error> {
    let scorer = match pred_dir {
        Some(pred) => eval::score_dirs(gold_dir, pred, errors)?,
        None => {
            let progress = Progress::new();
            let update = |done, total| progress.update(done, total);
            eval::annotate_and_score(
                gold_dir,
                &AnnotateOptions {
                    threads,
                    collect_errors: errors,
                    write_pred,
                    progress: &update,
                },
            )?
        }
    };
    let report = scorer.report();
    let mut out = if json {
        format!("{}\n", report.to_json())
    } else {
        report.to_text()
    };
    if let Some(listing) = scorer.error_listing() {
        out.push('\n');
        out.push_str(&listing);
    }
    stdout_write(&out)?;
    Ok(ExitCode::SUCCESS)
}
