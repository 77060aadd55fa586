module assay.local/logsections

go 1.19
