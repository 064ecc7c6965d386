// These tests start Linux servers and run ./run.sh with bash: they are Linux-only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
