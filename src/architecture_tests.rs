//! The house rules that keep the code readable, checked on the source itself: no file
//! depends on a file that depends back on it, directly or around a circle; no source file
//! holds more than a reader can (500 lines before its tests), and no function runs past 80
//! lines unless a `Long because …` comment at its head says why.
//!
//! A file depends on another when it names a path into it: `use crate::…`, `use super::…`, a
//! child module's path, or a `crate::…` path written inline. A parent declaring and re-exporting
//! its own child modules is containment, not a dependency, and test code (test files, and
//! everything after a file's `#[cfg(test)]`) may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path such as `["server", "store", "users"]` (the crate root is empty).
type ModulePath = Vec<String>;

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn is_test_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.ends_with("_tests.rs")
        || name == "tests.rs"
        || name == "test_support.rs"
        || path.components().any(|c| {
            let c = c.as_os_str().to_string_lossy();
            c == "tests" || c.ends_with("_tests")
        })
}

/// Every non-test source file under `dir` with its module path.
fn source_files(dir: &Path, module: &ModulePath, files: &mut BTreeMap<ModulePath, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut child = module.clone();
            child.push(name);
            source_files(&path, &child, files);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            if is_test_file(&path) {
                continue;
            }
            let mut own = module.clone();
            if !(stem == "mod" || (module.is_empty() && (stem == "lib" || stem == "main"))) {
                own.push(stem.to_owned());
            }
            if !(module.is_empty() && stem == "main") {
                files.insert(own, path);
            }
        }
    }
}

/// The code of a file before its tests, without comments and string contents.
fn code_before_tests(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let line = line.split(" //").next().unwrap_or_default();
        code.push_str(line);
        code.push('\n');
    }
    // Drop string literals so text such as "crate::x" in a message is not read as a path.
    let mut plain = String::with_capacity(code.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in code.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Expands a `use` tree (`a::{b, c::{d, e}}`) into its paths.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .flat_map(|part| {
            expand_use(part)
                .into_iter()
                .map(|path| format!("{prefix}{path}"))
        })
        .collect()
}

/// The paths a file's code names: its `use` trees expanded, and inline `crate::…` paths.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if before_ok {
            paths.extend(expand_use(&tail[..end]));
        }
        rest = &tail[end.min(tail.len())..];
    }
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(found) = code[from..].find("crate::") {
        let start = from + found;
        let mut end = start;
        while end < bytes.len()
            && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_' || bytes[end] == b':')
        {
            end += 1;
        }
        paths.push(code[start..end].trim_end_matches(':').to_owned());
        from = end.max(start + 1);
    }
    paths
}

/// The file a path leads into, seen from `module`: the longest prefix that is a file.
fn target(
    path: &str,
    module: &ModulePath,
    files: &BTreeMap<ModulePath, PathBuf>,
) -> Option<ModulePath> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: ModulePath = match segments.first().copied() {
        Some("crate") => {
            segments.remove(0);
            Vec::new()
        }
        Some("self") => {
            segments.remove(0);
            module.clone()
        }
        Some("super") => {
            let mut base = module.clone();
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
            base
        }
        // A child module of this one (anything else is an outside crate or a local name).
        Some(first) => {
            let mut child = module.clone();
            child.push(first.to_owned());
            if !files.contains_key(&child) {
                return None;
            }
            module.clone()
        }
        None => return None,
    };
    let mut found = files.contains_key(&base).then(|| base.clone());
    for segment in segments {
        base.push(segment.to_owned());
        if files.contains_key(&base) {
            found = Some(base.clone());
        } else {
            break;
        }
    }
    found
}

/// Which files each file depends on.
fn dependencies() -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    let mut files = BTreeMap::new();
    source_files(&source_root(), &Vec::new(), &mut files);
    let mut graph = BTreeMap::new();
    for (module, path) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let code = code_before_tests(&text);
        let targets: BTreeSet<ModulePath> = named_paths(&code)
            .iter()
            .filter_map(|named| target(named, module, &files))
            // Itself, and its own children (containment), are not dependencies.
            .filter(|to| to != module && !to.starts_with(module))
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

/// One circle per strongly connected group of files, found by depth-first search.
fn circles(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<Vec<ModulePath>> {
    fn visit(
        node: &ModulePath,
        graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
        stack: &mut Vec<ModulePath>,
        done: &mut BTreeSet<ModulePath>,
        found: &mut Vec<Vec<ModulePath>>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            found.push(stack[at..].to_vec());
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, found);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

fn show(module: &ModulePath) -> String {
    if module.is_empty() {
        "lib.rs".to_owned()
    } else {
        format!("{}.rs", module.join("/"))
    }
}

#[test]
fn no_file_depends_on_a_file_that_depends_back_on_it() {
    let graph = dependencies();
    assert!(graph.len() > 50, "the source files were not found");
    let found: Vec<String> = circles(&graph)
        .iter()
        .map(|circle| {
            let mut names: Vec<String> = circle.iter().map(show).collect();
            names.push(show(&circle[0]));
            names.join(" -> ")
        })
        .collect();
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

/// Every file under `room` depends only on files for which `allowed` says yes.
fn outside_dependencies(
    graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
    room: &str,
    allowed: impl Fn(&ModulePath) -> bool,
) -> Vec<String> {
    graph
        .iter()
        .filter(|(module, _)| module.first().map(String::as_str) == Some(room))
        .flat_map(|(module, targets)| {
            targets
                .iter()
                .filter(|to| !allowed(to))
                .map(move |to| format!("{} -> {}", show(module), show(to)))
        })
        .collect()
}

#[test]
fn the_readout_extractor_depends_on_nothing_else_in_the_crate() {
    let graph = dependencies();
    let outside = outside_dependencies(&graph, "readout", |to| {
        to.first().map(String::as_str) == Some("readout")
    });
    assert!(outside.is_empty(), "{}", outside.join("\n"));
}

#[test]
fn the_ui_never_reaches_into_the_server() {
    let graph = dependencies();
    let outside = outside_dependencies(&graph, "ui", |to| {
        to.first().map(String::as_str) != Some("server")
    });
    assert!(outside.is_empty(), "{}", outside.join("\n"));
}

#[test]
fn use_trees_and_paths_are_read_as_the_compiler_reads_them() {
    assert_eq!(
        expand_use("crate::domain::{User, permission::{Action, can}}"),
        [
            "crate::domain::User",
            "crate::domain::permission::Action",
            "crate::domain::permission::can"
        ]
    );
    let code = code_before_tests(
        "use super::store::Store;\n// crate::ui::x\nlet a = \"crate::app\"; crate::server::clock::Clock::now();\n#[cfg(test)]\nuse crate::app;",
    );
    assert_eq!(
        named_paths(&code),
        ["super::store::Store", "crate::server::clock::Clock::now"]
    );
}

/// Most lines of a non-test source file, before its tests.
const MOST_FILE_LINES: usize = 500;
/// Most lines of a function without a `Long because …` comment at its head.
const MOST_FUNCTION_LINES: usize = 80;

/// The lines of a file before its `#[cfg(test)]` module.
fn lines_before_tests(text: &str) -> Vec<&str> {
    text.lines()
        .take_while(|line| !line.starts_with("#[cfg(test)]"))
        .collect()
}

/// `(name, first line, lines of its body)` of every function in `lines` longer than `most`, unless the
/// comments and attributes just above it say `Long because`. Relies on rustfmt's layout: a
/// body ends at the first `}` back at the function's indentation.
fn long_functions(lines: &[&str], most: usize) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let signature = trimmed
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ")
            .trim_start_matches("const ")
            .trim_start_matches("async ");
        let Some(rest) = signature.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let closing = format!("{indent}}}");
        let Some(length) = lines[start + 1..].iter().position(|l| *l == closing) else {
            continue;
        };
        if length <= most {
            continue;
        }
        let reasoned = lines[..start]
            .iter()
            .rev()
            .take_while(|l| {
                let l = l.trim_start();
                l.starts_with("//") || l.starts_with("#[")
            })
            .any(|l| l.contains("Long because"));
        if !reasoned {
            found.push((name, start + 1, length));
        }
    }
    found
}

#[test]
fn files_and_functions_stay_a_size_a_reader_can_hold() {
    let mut files = BTreeMap::new();
    source_files(&source_root(), &Vec::new(), &mut files);
    let mut too_big = Vec::new();
    for (module, path) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines = lines_before_tests(&text);
        if lines.len() > MOST_FILE_LINES {
            too_big.push(format!("{}: {} lines", show(module), lines.len()));
        }
        for (name, line, length) in long_functions(&lines, MOST_FUNCTION_LINES) {
            too_big.push(format!("{}:{line} fn {name}: {length} lines", show(module)));
        }
    }
    assert!(
        too_big.is_empty(),
        "too big to hold in mind:\n{}",
        too_big.join("\n")
    );
}

#[test]
fn a_long_function_needs_its_reason_at_its_head() {
    let body: String = (0..90).map(|_| "    step();\n").collect();
    let plain = format!("fn plain() {{\n{body}}}\n");
    let reasoned = format!("// Long because: one table.\n#[component]\nfn table() {{\n{body}}}\n");
    let short = "pub async fn short() {\n    step();\n}\n";
    let text = format!("{plain}{reasoned}{short}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(long_functions(&lines, 80), [("plain".to_owned(), 1, 90)]);
}
