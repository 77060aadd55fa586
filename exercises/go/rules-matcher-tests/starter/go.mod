module assay.local/rules

go 1.19
