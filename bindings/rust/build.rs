//! Finds the installed libffnn: FFNN_LIBRARY (the .so or its directory) if
//! set, else `pkg-config ffnn`. Adds an rpath so this crate's tests and
//! examples run without LD_LIBRARY_PATH.
use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn link_dir(dir: &Path) {
    // Canonical, so the rpath stays valid whatever the build's cwd.
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.display());
    // The rpath reaches only this crate's tests and examples; dependents'
    // build scripts get the directory as DEP_FFNN_LIBDIR to add their own.
    println!("cargo:libdir={}", dir.display());
}

/// "libffnn.so", "libffnn.so.1" or "libffnn.dylib" -> "ffnn".
fn lib_name(file: &Path) -> Option<String> {
    let name = file.file_name()?.to_str()?;
    let stem = name.strip_prefix("lib")?;
    let end = stem.find(".so").or_else(|| stem.find(".dylib"))?;
    Some(stem[..end].to_string())
}

fn from_env(value: &str) {
    let path = PathBuf::from(value);
    if path.is_dir() {
        link_dir(&path);
        println!("cargo:rustc-link-lib=dylib=ffnn");
        return;
    }
    let name = lib_name(&path)
        .unwrap_or_else(|| panic!("FFNN_LIBRARY={value}: expected a directory or a lib<name>.so"));
    link_dir(path.parent().unwrap_or_else(|| Path::new(".")));
    println!("cargo:rustc-link-lib=dylib={name}");
}

fn from_pkg_config() {
    let out = Command::new("pkg-config")
        .args(["--libs-only-L", "--libs-only-l", "ffnn"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run pkg-config ({e}); install it or set FFNN_LIBRARY"));
    if !out.status.success() {
        panic!(
            "`pkg-config ffnn` failed: {}\nSet PKG_CONFIG_PATH to <prefix>/lib/pkgconfig \
             of an installed ffnn, or FFNN_LIBRARY to its libffnn.so.",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    for flag in String::from_utf8_lossy(&out.stdout).split_whitespace() {
        if let Some(dir) = flag.strip_prefix("-L") {
            link_dir(Path::new(dir));
        } else if let Some(lib) = flag.strip_prefix("-l") {
            println!("cargo:rustc-link-lib={lib}");
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FFNN_LIBRARY");
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_LIBDIR");
    match env::var("FFNN_LIBRARY") {
        Ok(v) if !v.is_empty() => from_env(&v),
        _ => from_pkg_config(),
    }
}
